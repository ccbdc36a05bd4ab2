package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filters of the Jekyll plugins academic sites use: jemoji, jekyll-regex-replace, jekyll-email-protect, al-folio's. */
class PluginFiltersTest {

    @TempDir
    Path source;

    private String render(String template) throws Exception {
        return new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer()).render(template, Map.of(),
                note -> { });
    }

    @Test
    void emojifyReplacesShortCodesAndLeavesOtherColonsAlone() throws Exception {
        assertThat(render("{{ 'Paper accepted :tada: at 10:30 :not_an_emoji:' | emojify }}"))
                .isEqualTo("Paper accepted \uD83C\uDF89 at 10:30 :not_an_emoji:");
    }

    @Test
    void regexReplaceReplacesEveryMatchOrTheFirst() throws Exception {
        assertThat(render("{{ 'a1b22c' | regex_replace: '[0-9]+', '#' }}|{{ 'a1b22c' | regex_replace_once: '[0-9]+', '#' }}"))
                .isEqualTo("a#b#c|a#b22c");
        assertThat(render("{{ 'John Smith' | regex_replace: '(\\w+) (\\w+)', '\\2, \\1' }}")).isEqualTo("Smith, John");
    }

    @Test
    void removeAccentsKeepsTheLetters() throws Exception {
        assertThat(render("{{ 'Zoë Łukasz Ångström' | remove_accents }}")).isEqualTo("Zoe Łukasz Angstrom");
    }

    @Test
    void encodeEmailPercentEncodesEveryByte() throws Exception {
        assertThat(render("{{ 'a@b.c' | encode_email }}")).isEqualTo("%61%40%62%2E%63");
    }

    @Test
    void cacheBustingLeavesTheAddress() throws Exception {
        assertThat(render("{{ '/assets/x.mp3' | bust_file_cache }}{{ '/a.css' | bust_css_cache }}"))
                .isEqualTo("/assets/x.mp3/a.css");
    }
}

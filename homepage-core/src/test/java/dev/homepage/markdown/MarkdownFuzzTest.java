package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The Markdown pipeline (kramdown compatibility, flexmark, raw HTML put back) takes any text: it renders it, or
 * refuses a text nested deeper than it renders with the line and what to do ({@link MarkdownRenderer.TooDeep}), and
 * throws nothing else; what it adds of its own (the raw HTML placeholders, the attribute-list markers) never reaches
 * the page, nor does a script the author did not write. Seeds: {@code MarkdownFuzzTestInputs/}.
 */
class MarkdownFuzzTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @FuzzTest(maxDuration = "30s")
    void rendersAnyTextWithoutLeakingItsOwnMarkers(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String html;
        try {
            html = markdown.render(text);
        } catch (MarkdownRenderer.TooDeep refused) {
            long lines = text.chars().filter(c -> c == '\n').count() + 1;
            assertThat(refused.line()).isBetween(1, (int) lines);
            assertThat(refused.getMessage()).contains("stops at " + MarkdownRenderer.MAX_NESTING, "flatten it");
            return;
        }

        assertThat(html).isNotNull();
        if (!text.contains("homepage-raw:")) {
            assertThat(html).doesNotContain("homepage-raw:");
        }
        if (!text.contains(KramdownSyntax.ATTRIBUTES_MARKER)) {
            assertThat(html).doesNotContain(KramdownSyntax.ATTRIBUTES_MARKER);
        }
        if (!text.toLowerCase(Locale.ROOT).contains("script")) {
            assertThat(Jsoup.parseBodyFragment(html).select("script")).isEmpty();
        }
    }
}

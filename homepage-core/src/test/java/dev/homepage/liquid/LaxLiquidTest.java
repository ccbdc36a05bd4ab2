package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.SourceError;
import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Jekyll's Ruby Liquid accepts in its lax mode and real templates rely on: each construct renders as Jekyll
 * renders it (the expected outputs were checked against Ruby Liquid 5.4), and what it drops is said.
 */
class LaxLiquidTest {

    private static final Map<String, Object> VARIABLES = Map.of(
            "site", Map.of("locale", "en", "data", Map.of("ui-text", Map.of("en", Map.of("toc_label", "On this page")))),
            "page", Map.of("title", "Notes", "x-y", "XY", "names", List.of("c", "a", "b"), "seen", List.of(),
                    "gallery", List.of("one", "two"), "key", "gallery"));

    @TempDir
    Path source;

    private final List<LiquidRenderer.Note> notes = new ArrayList<>();

    private String render(String template) throws Exception {
        return new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer()).render(template, VARIABLES,
                notes::add);
    }

    @Test
    void aHyphenatedNameAfterADotIsLookedUp() throws Exception {
        assertThat(render("{{ site.data.ui-text[site.locale].toc_label }}|{{ page.x-y }}"))
                .isEqualTo("On this page|XY");
        assertThat(render("{% if site.data.ui-text[site.locale].toc_label %}yes{% endif %}")).isEqualTo("yes");
        assertThat(render("{% assign label = site.data.ui-text[site.locale].toc_label | upcase %}{{ label }}"))
                .isEqualTo("ON THIS PAGE");
        assertThat(render("{{ 'a.b-c' }}")).as("text in quotes is left alone").isEqualTo("a.b-c");
    }

    @Test
    void aDotBeforeABracketIsLeftOut() throws Exception {
        assertThat(render("{% assign items = page.[page.key] %}{{ items | join: ',' }}")).isEqualTo("one,two");
    }

    @Test
    void filtersInAForTagAreDroppedAsRubyLiquidDropsThem() throws Exception {
        assertThat(render("{% for n in page.names | sort %}{{ n }}{% endfor %}")).isEqualTo("cab");
        assertThat(render("{% for n in page.names | sort limit: 2 %}{{ n }}{% endfor %}")).isEqualTo("ca");
        assertThat(render("{% for n in page.names reversed | sort %}{{ n }}{% endfor %}")).isEqualTo("bac");
        assertThat(render("{% for n in (1..3) | sort %}{{ n }}{% endfor %}")).isEqualTo("123");
    }

    @Test
    void aFilterEndsItsConditionInIfUnlessAndCase() throws Exception {
        assertThat(render("{% if page.seen | size > 5 %}big{% else %}small{% endif %}"))
                .as("tests page.seen, which is there").isEqualTo("big");
        assertThat(render("{% if page.title == 'Notes' | downcase %}eq{% else %}ne{% endif %}")).isEqualTo("eq");
        assertThat(render("{% if page.none | default: 'x' or page.title %}t{% endif %}")).isEqualTo("t");
        assertThat(render("{% unless page.title | downcase == 'notes' %}u{% endunless %}")).isEqualTo("");
        assertThat(render("{% case page.title | downcase %}{% when 'notes' %}low{% when 'Notes' %}up{% endcase %}"))
                .isEqualTo("up");
    }

    @Test
    void anElseWithMoreWordsIsAPlainElse() throws Exception {
        assertThat(render("{% if page.none %}a{% else if page.title %}b{% endif %}")).isEqualTo("b");
    }

    @Test
    void anUnknownFilterPassesTheValueOnAndIsSaid() throws Exception {
        assertThat(render("title\n{{ page.title | nofilter: 3 | upcase }}")).isEqualTo("title\nNOTES");

        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.file()).isNull();
            assertThat(note.line()).isEqualTo(2);
            assertThat(note.message()).contains("'nofilter'").contains("unfiltered");
        });
    }

    @Test
    void textAfterTheFiltersIsIgnoredAndSaid() throws Exception {
        assertThat(render("{{ page.title | upcase junk }}")).isEqualTo("NOTES");

        assertThat(notes).singleElement().satisfies(note -> assertThat(note.message()).contains("junk"));
    }

    @Test
    void linesStayWhereTheyWereAfterRewriting() {
        SourceError error = catchThrowableOfType(SourceError.class, () -> render(
                "{% for n in page.names\n | sort %}\n{{ n }}{% endfor %}\n{% if %}\n"));

        assertThat(error).isNotNull();
        assertThat(error.line()).isEqualTo(4);
    }

    @Test
    void rawAndCommentBlocksAreLeftAsTheyAre() throws Exception {
        assertThat(render("{% raw %}{{ page.x-y | nofilter }}{% endraw %}{% comment %}{{ x | nofilter }}{% endcomment %}"))
                .isEqualTo("{{ page.x-y | nofilter }}");
        assertThat(notes).isEmpty();
    }
}

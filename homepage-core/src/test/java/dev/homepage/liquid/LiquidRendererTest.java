package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.SourceError;
import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquid tags, variables and errors. */
class LiquidRendererTest {

    @TempDir
    Path source;

    private String render(String template, Map<String, Object> variables) throws Exception {
        return new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer()).render(template, variables, note -> { });
    }

    @Test
    void assignIfAndForWork() throws Exception {
        String out = render("""
                {%- assign n = site.talks.size -%}
                {%- if n > 1 %}many{% else %}few{% endif %}:
                {%- for t in site.talks %} {{ forloop.index }}.{{ t.title }}{% endfor %}
                {%- for t in site.talks reversed %} {{ t.title }}{% endfor %}
                {%- for t in site.talks limit: 1 %} first={{ t.title }}{% endfor %}""",
                Map.of("site", Map.of("talks", List.of(Map.of("title", "A"), Map.of("title", "B")))));

        assertThat(out).isEqualTo("many: 1.A 2.B B A first=A");
    }

    @Test
    void missingVariablesRenderAsNothing() throws Exception {
        assertThat(render("[{{ page.nothing }}]{% if page.nothing %}x{% endif %}", Map.of("page", Map.of())))
                .isEqualTo("[]");
    }

    @Test
    void onlyTextWithLiquidMarkersIsLiquid() {
        assertThat(LiquidRenderer.hasLiquid("Hello {{ name }}")).isTrue();
        assertThat(LiquidRenderer.hasLiquid("{% if x %}{% endif %}")).isTrue();
        assertThat(LiquidRenderer.hasLiquid("{ not liquid } and a lone %} and }}")).isFalse();
        assertThat(LiquidRenderer.hasLiquid("set notation {x | x > 0}")).isFalse();
    }

    @Test
    void syntaxErrorsCarryTheirLine() {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> render("line one\nline two\n{% for x in %}\n", Map.of()));

        assertThat(error).isNotNull();
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void unknownTagsAreErrors() {
        assertThat(catchThrowableOfType(SourceError.class,
                () -> render("{% frobnicate %}", Map.of()))).isNotNull();
    }
}

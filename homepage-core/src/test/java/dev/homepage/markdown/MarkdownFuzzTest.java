package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The Markdown pipeline (kramdown compatibility, flexmark, raw HTML put back) takes any text: it never throws, and
 * what it adds of its own (the raw HTML placeholders, the attribute-list markers) never reaches the page, nor does
 * a script the author did not write. Seeds: {@code MarkdownFuzzTestInputs/}.
 */
class MarkdownFuzzTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @FuzzTest(maxDuration = "30s")
    void rendersAnyTextWithoutLeakingItsOwnMarkers(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String html = markdown.render(text);

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

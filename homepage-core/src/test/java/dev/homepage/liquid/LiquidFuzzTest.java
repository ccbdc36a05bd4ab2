package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.homepage.SourceError;
import dev.homepage.markdown.MarkdownRenderer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The Liquid pass takes any body: it renders, or fails with a {@link SourceError} whose message
 * and line can be shown to the author; it never escapes with another exception and always ends.
 * Seeds: {@code LiquidFuzzTestInputs/}.
 */
class LiquidFuzzTest {

    private static final Map<String, Object> VARIABLES = Map.of(
            "site", Map.of("title", "A site", "baseurl", "/lab", "posts", List.of(Map.of("title", "A post"))),
            "page", Map.of("title", "A page", "tags", List.of("a", "b")));

    private final LiquidRenderer liquid = new LiquidRenderer(siteWithAnInclude(), ZoneOffset.UTC, new MarkdownRenderer());

    @FuzzTest(maxDuration = "30s")
    void rendersOrReportsWhere(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            assertThat(liquid.render(text, VARIABLES, note -> { })).isNotNull();
        } catch (SourceError e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.line()).isBetween(0, 1 + (int) text.chars().filter(c -> c == '\n').count());
        }
    }

    /** Read from the class path: the fuzzing runs work in a folder of their own under target/. */
    private static Path siteWithAnInclude() {
        try {
            return Path.of(LiquidFuzzTest.class.getResource("fuzz-site").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

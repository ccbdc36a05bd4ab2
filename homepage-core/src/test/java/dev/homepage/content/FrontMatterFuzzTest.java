package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.homepage.LineEnds;
import dev.homepage.SourceError;
import java.nio.charset.StandardCharsets;

/**
 * Any file a user may write goes through the front matter splitter and the safe YAML loader: whatever the bytes,
 * the result is either a split file or a {@link SourceError} that can be reported with its line.
 * Seeds: {@code FrontMatterFuzzTestInputs/}. Fuzzed for a bounded time by the build (see the pom).
 */
class FrontMatterFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void splitsOrReportsWhere(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        String text = LineEnds.normalize(raw);
        try {
            FrontMatter split = FrontMatter.parse(raw);
            assertThat(split.data()).isNotNull();
            assertThat(text).endsWith(split.body());
            assertThat(split.bodyLine()).isBetween(1, lineCount(text) + 1);
        } catch (SourceError e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.line()).isBetween(0, lineCount(text));
        }
    }

    private static int lineCount(String text) {
        return 1 + (int) text.chars().filter(c -> c == '\n').count();
    }
}

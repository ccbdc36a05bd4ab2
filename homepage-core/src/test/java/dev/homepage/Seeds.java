package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The five real pages this project was created from. They are read where they live (the system property
 * {@code homepage.seeds}, set by the build, or {@code ../shared/fixtures/seeds} beside the clone) and never copied.
 * The tests that read them carry the tag {@value #TAG}, so that a build where they are not (a clone on GitHub) can
 * leave those tests out by name ({@code -DexcludedGroups=seeds}) rather than fail them.
 */
public final class Seeds {

    /** The JUnit tag of the tests that read the seeds. */
    public static final String TAG = "seeds";

    private Seeds() {
    }

    public static String read(String prefix) throws IOException {
        Path folder = Path.of(System.getProperty("homepage.seeds", "../../shared/fixtures/seeds"));
        assertThat(folder).as("seed folder (set -Dhomepage.seeds=...)").isDirectory();
        try (var files = Files.list(folder)) {
            Path seed = files.filter(file -> file.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + prefix + "_* in " + folder.toAbsolutePath()));
            return Files.readString(seed, StandardCharsets.UTF_8);
        }
    }
}

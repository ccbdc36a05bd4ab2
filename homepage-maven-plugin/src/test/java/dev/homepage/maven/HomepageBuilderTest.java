package dev.homepage.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomepageBuilderTest {

    @TempDir
    Path temp;

    private Path source;
    private Path output;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void createSourceFolder() throws IOException {
        source = Files.createDirectory(temp.resolve("src"));
        output = temp.resolve("out");
    }

    private HomepageSettings settings(boolean skip) {
        return new HomepageSettings(source, output, Optional.of("/lab"), skip, Optional.empty());
    }

    @Test
    void skipDoesNotRunTheGeneratorAndSaysSo() throws Exception {
        Path missing = temp.resolve("no-such-folder");
        HomepageBuilder builder = new HomepageBuilder(request -> fail("generator ran although skip=true"));

        builder.build(new HomepageSettings(missing, output, Optional.empty(), true, Optional.empty()), log);

        assertThat(log.infos).containsExactly("Skipping homepage generation (homepage.skip=true)");
    }

    @Test
    void passesTheSettingsToTheGeneratorAndReportsWhatItDid() throws Exception {
        List<BuildRequest> requests = new ArrayList<>();
        HomepageBuilder builder = new HomepageBuilder(request -> {
            requests.add(request);
            request.progress().phaseDone("content", 1234, "documents", Duration.ofMillis(56));
            return new BuildReport(12, 1, Duration.ofMillis(143),
                    List.of(new Problem(Path.of("_talks", "old.md"), 4, "no date; listed last")), Map.of(),
                    BuildReport.Work.NONE);
        });

        builder.build(settings(false), log);

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.sourceDirectory()).isEqualTo(source);
            assertThat(request.outputDirectory()).isEqualTo(output);
            assertThat(request.baseUrl()).contains("/lab");
            assertThat(request.forPublishing()).as("a build to publish, unlike serve's").isTrue();
        });
        assertThat(log.warnings).containsExactly(Path.of("_talks", "old.md") + ":4: no date; listed last");
        assertThat(log.infos).containsExactly(
                "  content     1,234 documents         56 ms",
                "Homepage: 12 pages written, 1 file copied in 143 ms (83 pages/s) -> " + output);
    }

    @Test
    void missingSourceFolderNamesTheFolderAndTheProperty() {
        Path missing = temp.resolve("no-such-folder");
        HomepageBuilder builder = new HomepageBuilder(request -> fail("generator ran without sources"));

        assertThatThrownBy(() -> builder.build(new HomepageSettings(missing, output, Optional.empty(), false,
                Optional.empty()), log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("-Dhomepage.sourceDirectory=");
    }

    @Test
    void everyProblemEndsUpInOneFailureMessage() {
        SiteBuildException problems = new SiteBuildException(List.of(
                new Problem(Path.of("_config.yml"), 3, "author must be a mapping"),
                new Problem(Path.of("_talks", "2023-lisbon.md"), "front matter is not closed by ---"),
                new Problem(Path.of("_pages", "about.md"), 9, "unknown Liquid tag 'gallery'")));
        HomepageBuilder builder = new HomepageBuilder(request -> {
            throw problems;
        });

        assertThatThrownBy(() -> builder.build(settings(false), log))
                .isInstanceOf(MojoFailureException.class)
                .hasCause(problems)
                .hasMessageContaining("_config.yml:3: author must be a mapping")
                .hasMessageContaining(Path.of("_talks", "2023-lisbon.md") + ": front matter is not closed by ---")
                .hasMessageContaining(Path.of("_pages", "about.md") + ":9: unknown Liquid tag 'gallery'");
    }

    @Test
    void ioErrorsAreExecutionErrorsNamingTheFile() {
        UncheckedIOException denied = new UncheckedIOException(new AccessDeniedException("/srv/www/index.html"));
        HomepageBuilder builder = new HomepageBuilder(request -> {
            throw denied;
        });

        assertThatThrownBy(() -> builder.build(settings(false), log))
                .isInstanceOf(MojoExecutionException.class)
                .hasCause(denied)
                .hasMessageContaining("AccessDeniedException: /srv/www/index.html");
    }

    @Test
    void unexpectedFailuresAreExecutionErrors() {
        IllegalStateException bug = new IllegalStateException("template cache closed");
        HomepageBuilder builder = new HomepageBuilder(request -> {
            throw bug;
        });

        assertThatThrownBy(() -> builder.build(settings(false), log))
                .isInstanceOf(MojoExecutionException.class)
                .hasCause(bug)
                .hasMessageContaining("template cache closed");
    }

    private static final class RecordingLog extends SystemStreamLog {
        final List<String> infos = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }
    }
}

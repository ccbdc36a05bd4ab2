package dev.homepage.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.homepage.BuildReport;
import dev.homepage.BuildRequest;
import dev.homepage.Problem;
import dev.homepage.check.Finding;
import dev.homepage.check.Severity;
import java.io.IOException;
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

class HomepageCheckerTest {

    private static final Finding BROKEN_LINK = new Finding(Severity.ERROR,
            new Problem(Path.of("_pages", "about.md"), 6, "link \"/files/slides.pdf\" does not resolve"));
    private static final Finding GARBLED = new Finding(Severity.WARNING,
            new Problem(Path.of("_pages", "about.md"), 25, "\"üî•\" looks like \"🔥\""));

    @TempDir
    Path temp;

    private HomepageSettings settings;
    private final BuildReport report = new BuildReport(3, 1, Duration.ofMillis(20), List.of(), Map.of(), BuildReport.Work.NONE);
    private final HomepageBuilder builder = new HomepageBuilder(request -> report);
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void createSourceFolder() throws IOException {
        settings = new HomepageSettings(Files.createDirectory(temp.resolve("src")), temp.resolve("out"),
                Optional.of("/lab"), false, Optional.empty());
    }

    @Test
    void checksWhatItBuiltAndPassesWithOnlyWarnings() throws Exception {
        List<BuildRequest> checked = new ArrayList<>();
        HomepageChecker checker = new HomepageChecker(builder, (request, built) -> {
            checked.add(request);
            assertThat(built).isSameAs(report);
            return List.of(GARBLED);
        });

        checker.check(settings, false, log);

        assertThat(checked).singleElement().extracting(BuildRequest::sourceDirectory)
                .isEqualTo(settings.request().sourceDirectory());
        assertThat(log.lines).containsExactly(
                "[INFO] Homepage: 3 pages written, 1 file copied in 20 ms (150 pages/s) -> " + temp.resolve("out"),
                "[WARNING] " + Path.of("_pages", "about.md") + ":25: \"üî•\" looks like \"🔥\"",
                "[INFO] Homepage check: 0 errors, 1 warning in " + temp.resolve("src"));
    }

    @Test
    void theBuildsWarningsCountWithTheChecksFindings() throws Exception {
        BuildReport warned = new BuildReport(3, 1, Duration.ofMillis(20), List.of(GARBLED.problem()), Map.of(),
                BuildReport.Work.NONE);
        HomepageChecker checker = new HomepageChecker(new HomepageBuilder(request -> warned),
                (request, built) -> List.of(BROKEN_LINK));

        assertThatThrownBy(() -> checker.check(settings, false, log))
                .hasMessageStartingWith("Homepage check: 1 error, 1 warning in ");
        assertThat(log.lines).filteredOn(line -> line.startsWith("[WARNING]")).singleElement()
                .satisfies(line -> assertThat(line).contains("looks like"));
    }

    @Test
    void aBuildWarningAloneFailsTheCheckWhenWarningsDo() {
        BuildReport warned = new BuildReport(3, 1, Duration.ofMillis(20), List.of(GARBLED.problem()), Map.of(),
                BuildReport.Work.NONE);
        HomepageChecker checker = new HomepageChecker(new HomepageBuilder(request -> warned),
                (request, built) -> List.of());

        assertThatThrownBy(() -> checker.check(settings, true, log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("0 errors, 1 warning");
    }

    @Test
    void errorsFailTheBuildAfterOneLinePerFinding() {
        HomepageChecker checker = new HomepageChecker(builder, (request, built) -> List.of(BROKEN_LINK, GARBLED));

        assertThatThrownBy(() -> checker.check(settings, false, log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Homepage check: 1 error, 1 warning in " + temp.resolve("src")
                        + ": fix the files listed above");
        assertThat(log.lines).contains(
                "[ERROR] " + Path.of("_pages", "about.md") + ":6: link \"/files/slides.pdf\" does not resolve",
                "[WARNING] " + Path.of("_pages", "about.md") + ":25: \"üî•\" looks like \"🔥\"");
    }

    @Test
    void warningsFailTheBuildWhenToldTo() {
        HomepageChecker checker = new HomepageChecker(builder, (request, built) -> List.of(GARBLED));

        assertThatThrownBy(() -> checker.check(settings, true, log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("0 errors, 1 warning")
                .hasMessageContaining("(homepage.failOnWarnings=true)");
    }

    @Test
    void skipBuildsAndChecksNothing() throws Exception {
        HomepageChecker checker = new HomepageChecker(
                new HomepageBuilder(request -> fail("built although skip=true")),
                (request, built) -> fail("checked although skip=true"));

        checker.check(new HomepageSettings(temp.resolve("src"), temp.resolve("out"), Optional.empty(), true,
                Optional.empty()), true,
                log);

        assertThat(log.lines).containsExactly("[INFO] Skipping homepage generation (homepage.skip=true)");
    }

    @Test
    void failingCheckIsAnExecutionError() {
        IllegalStateException bug = new IllegalStateException("parser closed");
        HomepageChecker checker = new HomepageChecker(builder, (request, built) -> {
            throw bug;
        });

        assertThatThrownBy(() -> checker.check(settings, false, log))
                .isInstanceOf(MojoExecutionException.class)
                .hasCause(bug)
                .hasMessage("Unexpected failure while checking the homepage: " + bug);
    }

    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }
    }
}

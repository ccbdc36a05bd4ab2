package dev.homepage.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.TestSite;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds every tiny site under {@code bad-input/} and checks that it is reported as its {@code expected-errors.txt}
 * (the build must fail) or {@code expected-warnings.txt} (the build must succeed) says, so that a new case needs a
 * folder and no Java. Each line of those files is {@code file:line: fragment of the message}, or
 * {@code file:line:column: fragment} to check the column too.
 */
class BadInputTest {

    private static final Pattern EXPECTATION = Pattern.compile("([^:]+):(\\d+)(?::(\\d+))?: (.+)");

    @TempDir
    Path output;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(casesFolder())) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGetsItsOwnMessage(String name) throws Exception {
        Path folder = casesFolder().resolve(name);
        TestSite site = new TestSite(folder, output);
        Path errors = folder.resolve("expected-errors.txt");
        Path warnings = folder.resolve("expected-warnings.txt");
        assertThat(Files.exists(errors) != Files.exists(warnings))
                .as("%s needs exactly one of expected-errors.txt and expected-warnings.txt", name).isTrue();
        if (Files.exists(errors)) {
            SiteBuildException error = site.buildFails();
            assertReported(error.problems(), errors);
            assertThat(error.getMessage()).doesNotContain("Exception");
        } else {
            BuildReport report = site.build();
            assertReported(report.warnings(), warnings);
        }
    }

    /** Every expected line is matched by its own problem, and no problem is left unexpected. */
    private static void assertReported(List<Problem> problems, Path expectations) throws IOException {
        List<String> expected = Files.readAllLines(expectations, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(problems).as("the problems reported").hasSameSizeAs(expected);
        for (String expectation : expected) {
            Matcher parts = EXPECTATION.matcher(expectation);
            assertThat(parts.matches()).as("'%s' reads as file:line: message", expectation).isTrue();
            assertThat(problems).as("the problems reported").anySatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(Path.of(parts.group(1)));
                assertThat(problem.line()).isEqualTo(Integer.parseInt(parts.group(2)));
                if (parts.group(3) != null) {
                    assertThat(problem.column()).isEqualTo(Integer.parseInt(parts.group(3)));
                }
                assertThat(problem.message()).contains(parts.group(4));
            });
        }
    }

    private static Path casesFolder() throws URISyntaxException {
        return Path.of(BadInputTest.class.getResource("/bad-input").toURI());
    }
}

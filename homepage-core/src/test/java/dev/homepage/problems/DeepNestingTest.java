package dev.homepage.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problem;
import dev.homepage.Problems;
import dev.homepage.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content nested so deeply that a library rendering it would overflow the stack is a problem at its file, never a
 * crash. The texts are made here, as files of that size would weigh on the repository.
 */
class DeepNestingTest {

    @TempDir
    Path folder;

    @Test
    void liquidTagsInsideEachOtherBeyondTheStack() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Deep\n").file("_pages/about.md",
                "---\ntitle: About\n---\n\n" + "{% if true %}".repeat(20_000) + "x" + "{% endif %}".repeat(20_000));

        assertThat(site.buildFails().problems()).containsExactly(new Problem(Path.of("_pages/about.md"), 4,
                "Liquid: " + Problems.TOO_DEEP));
    }

    @Test
    void yamlInsideItselfStopsAtTheParsersLimit() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Deep\n").file("_pages/about.md",
                "---\ntitle: About\ndeep: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\n\nHello.\n");

        assertThat(site.buildFails().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_pages/about.md"));
            assertThat(problem.message()).startsWith("the front matter is not valid YAML").contains("Nesting Depth");
        });
    }

    @Test
    void bibtexBracesInsideEachOtherAreShownAsWritten() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Deep\n").file("_bibliography/deep.bib",
                "@article{deep2024,\n  title = {" + "{".repeat(50_000) + "Deep" + "}".repeat(50_000)
                        + "},\n  year = {2024}\n}\n");

        site.build();

        assertThat(site.page("/publications/deep2024/").title()).startsWith("Deep");
    }
}

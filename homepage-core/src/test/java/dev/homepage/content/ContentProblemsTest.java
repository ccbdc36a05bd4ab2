package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content that cannot be read is reported by file and line, all of it at once. */
class ContentProblemsTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", "title: x\n");
    }

    private static byte[] invalidUtf8(String before, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        return bytes;
    }

    @Test
    void invalidUtf8IsReported() throws Exception {
        SiteBuildException error = site()
                .bytes("_pages/latin1.md", invalidUtf8("---\ntitle: Caf", "\n---\nBody\n"))
                .buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_pages/latin1.md"));
            assertThat(problem.message()).contains("UTF-8");
        });
    }

    @Test
    void invalidUtf8InADataFileIsReported() throws Exception {
        SiteBuildException error = site().bytes("_data/people.yml", invalidUtf8("- Jos", "\n")).buildFails();

        assertThat(error.problems()).extracting(Problem::file).containsExactly(Path.of("_data/people.yml"));
    }

    @Test
    void anUnreadableDateIsReportedWithItsLine() throws Exception {
        SiteBuildException error = site()
                .file("_talks/t.md", "---\ntitle: Talk\nvenue: Somewhere\ndate: March 5, 2024\n---\nBody\n")
                .buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_talks/t.md"));
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("March 5, 2024").contains("YYYY-MM-DD");
        });
    }

    @Test
    void anInvalidCalendarDateIsReported() throws Exception {
        SiteBuildException error = site().file("_talks/t.md", "---\ndate: 2024-13-40\n---\n").buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("2024-13-40");
        });
    }

    @Test
    void frontMatterYamlErrorsPointAtTheLineInTheFile() throws Exception {
        SiteBuildException error = site()
                .file("_pages/cv.md", "---\ntitle: CV\npermalink: /cv/\nvenue: [open\n---\nBody\n")
                .buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("_pages/cv.md"));
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("front matter");
        });
    }

    @Test
    void unclosedFrontMatterIsReportedOnLineOne() throws Exception {
        SiteBuildException error = site().file("_pages/cv.md", "---\ntitle: CV\n\nBody\n").buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("closing '---'");
        });
    }

    @Test
    void everyBadFileIsReportedInOneBuild() throws Exception {
        SiteBuildException error = site()
                .file("_pages/a.md", "---\ntitle: [unclosed\n---\n")
                .file("_talks/b.md", "---\ndate: tomorrow\n---\n")
                .bytes("_pages/c.md", invalidUtf8("---\n---\n", "\n"))
                .file("_data/d.yml", "a: [1\n")
                .file("_pages/fine.md", "---\ntitle: Fine\n---\n")
                .buildFails();

        List<Path> files = error.problems().stream().map(Problem::file).toList();
        assertThat(files).containsExactlyInAnyOrder(Path.of("_pages/a.md"), Path.of("_talks/b.md"),
                Path.of("_pages/c.md"), Path.of("_data/d.yml"));
        assertThat(error.getMessage()).contains("4 problems").contains("_pages/a.md").contains("_talks/b.md")
                .contains("_pages/c.md").contains("_data/d.yml");
    }

    @Test
    void invalidUtf8InARootPageIsReported() throws Exception {
        TestSite site = site().bytes("latin1.md", invalidUtf8("---\ntitle: Caf", "\n---\nBody\n"));

        SiteBuildException error = site.buildFails();

        assertThat(error.problems()).extracting(Problem::file).containsExactly(Path.of("latin1.md"));
        assertThat(site.output().resolve("latin1.md")).doesNotExist();
    }
}

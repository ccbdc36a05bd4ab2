package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader of the sources goes through one gate: a file linked from outside the source folder is not read,
 * whichever reader meets it, and each says so in the same words. The linked file holds a secret; no file of the
 * site may hold it.
 */
class SourceFolderTest {

    private static final String SECRET = "TOPSECRET-4711";

    @TempDir
    Path folder;

    private TestSite site;

    @BeforeEach
    void site() throws IOException {
        site = new TestSite(folder.resolve("site"), folder.resolve("out"))
                .file("_config.yml", "title: Lab\n")
                .file("_pages/about.md", "---\npermalink: /\n---\nHello.\n");
    }

    /** A file outside the source folder, and a link to it at the given place inside. */
    private void linkOutside(String linkPath, String outsideText) throws IOException {
        Path outside = folder.resolve("elsewhere").resolve(Path.of(linkPath).getFileName());
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, outsideText, StandardCharsets.UTF_8);
        Path link = site.source().resolve(linkPath);
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
    }

    /** The build's warning for a link it left out: the same for every reader. */
    private static Problem leftOut(String linkPath) {
        return new Problem(Path.of(linkPath), SourceFolder.OUTSIDE);
    }

    private void assertNoFileOfTheSiteHoldsTheSecret() throws IOException {
        if (!Files.exists(site.output())) {
            return;
        }
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as("%s", file).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void theWarningNamesThePathAndSaysWhatToDo() {
        assertThat(leftOut("_includes/pw.html").toString()).isEqualTo("_includes/pw.html: leads outside the source"
                + " folder (through a symbolic link or ..), and homepage reads no file outside it: put the file itself"
                + " in the source folder");
    }

    @Test
    void aPageIsNotRead() throws Exception {
        linkOutside("_pages/leak.md", "---\ntitle: Leak\n---\n" + SECRET + "\n");

        assertThat(site.build().warnings()).containsExactly(leftOut("_pages/leak.md"));
        assertThat(site.output().resolve("leak/index.html")).doesNotExist();
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void aStaticFileIsNotCopied() throws Exception {
        linkOutside("files/leak.txt", SECRET);

        assertThat(site.build().warnings()).containsExactly(leftOut("files/leak.txt"));
        assertThat(site.output().resolve("files/leak.txt")).doesNotExist();
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void aDataFileIsNotRead() throws Exception {
        linkOutside("_data/leak.yml", "secret: " + SECRET + "\n");
        site.file("_pages/about.md", "---\npermalink: /\n---\nData: {{ site.data.leak.secret }}.\n");

        assertThat(site.build().warnings()).containsExactly(leftOut("_data/leak.yml"));
        assertThat(site.body("/").text()).isEqualTo("Data: .");
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void anIncludeIsNotRead() throws Exception {
        linkOutside("_includes/pw.html", SECRET);
        site.file("_pages/about.md", "---\npermalink: /\n---\nHello.\n\n{% include pw.html %}\n");

        SiteBuildException error = site.buildFails();

        assertThat(error.problems()).containsExactly(new Problem(Path.of("_pages/about.md"), 6,
                "Liquid: the include 'pw.html': _includes/pw.html " + SourceFolder.OUTSIDE));
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void aFileIncludedByRelativePathIsNotRead() throws Exception {
        linkOutside("_pages/pw.txt", SECRET);
        site.file("_pages/about.md", "---\npermalink: /\n---\n{% include_relative pw.txt %}\n");

        assertThat(site.buildFails().problems()).containsExactly(new Problem(Path.of("_pages/about.md"), 4,
                "Liquid: the file 'pw.txt' to include_relative: _pages/pw.txt " + SourceFolder.OUTSIDE));
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void aRelativePathClimbingOutIsNotRead() throws Exception {
        Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(folder.resolve("elsewhere/pw.txt"), SECRET);
        site.file("_pages/about.md", "---\npermalink: /\n---\n{% include_relative ../../elsewhere/pw.txt %}\n");

        assertThat(site.buildFails().problems()).containsExactly(new Problem(Path.of("_pages/about.md"), 4,
                "Liquid: the file '../../elsewhere/pw.txt' to include_relative: ../elsewhere/pw.txt "
                        + SourceFolder.OUTSIDE));
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void aBibliographyFileIsNotRead() throws Exception {
        linkOutside("_bibliography/leak.bib", "@article{leak2024, title = {" + SECRET + "}, year = {2024}}\n");

        BuildReport report = site.build();

        assertThat(report.warnings()).containsExactly(leftOut("_bibliography/leak.bib"));
        assertThat(site.output().resolve("publications/leak2024/index.html")).doesNotExist();
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void aTemplateIsNotRead() throws Exception {
        linkOutside("templates/page.ftlh", SECRET);

        assertThat(site.build().warnings()).containsExactly(leftOut("templates/page.ftlh"));
        assertThat(site.body("/").text()).isEqualTo("Hello.");
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void aTemplateLinkedInsideTheSourcesIsRead() throws Exception {
        site.file("layouts/page.ftlh", "<p>linked layout</p>");
        Files.createDirectories(site.source().resolve("templates"));
        Files.createSymbolicLink(site.source().resolve("templates/page.ftlh"), Path.of("../layouts/page.ftlh"));

        assertThat(site.build().warnings()).isEmpty();
        assertThat(site.text("index.html")).isEqualTo("<p>linked layout</p>");
    }

    @Test
    void aSassPartialIsNotImported() throws Exception {
        linkOutside("_sass/_secret.scss", ".leak { content: \"" + SECRET + "\"; }\n");
        site.file("assets/css/main.scss", "---\n---\n@import \"secret\";\nbody { color: black; }\n");

        SiteBuildException error = site.buildFails();

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("assets/css/main.scss"));
            assertThat(problem.line()).isEqualTo(3);
        });
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void citationCountsAreNotRead() throws Exception {
        linkOutside("gs_data.json", "{\"citedby\": 4711, \"name\": \"" + SECRET + "\"}");
        site.file("_publications/paper.md", "---\ntitle: Paper\ndate: 2024-01-01\n---\n");

        assertThat(site.build().warnings()).containsExactly(leftOut("gs_data.json"));
        assertThat(site.text("publications/index.html")).doesNotContain("4711");
        assertNoFileOfTheSiteHoldsTheSecret();
    }

    @Test
    void theConfigIsNotRead() throws Exception {
        Files.delete(site.source().resolve("_config.yml"));
        linkOutside("_config.yml", "title: " + SECRET + "\n");

        assertThat(site.build().warnings()).containsExactly(leftOut("_config.yml"));
        assertNoFileOfTheSiteHoldsTheSecret();
    }
}

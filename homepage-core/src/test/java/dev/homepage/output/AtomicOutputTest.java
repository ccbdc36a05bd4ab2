package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.homepage.Problems;
import dev.homepage.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site is swapped into place whole: a build that fails half way leaves the previous site as it was. */
class AtomicOutputTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder.resolve("site"), folder.resolve("out"))
                .file("_config.yml", "title: Lab\n")
                .file("_pages/about.md", "---\npermalink: /\n---\nHello.\n")
                .file("_pages/cv.md", "---\ntitle: CV\n---\nA CV.\n")
                .file("files/cv.pdf", "%PDF-1.4\n");
    }

    /** Every file of a folder, relative, with its bytes as text. */
    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }

    private List<String> besideTheOutput() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousSiteAndNoStagingFolder() throws Exception {
        TestSite site = site();
        site.build();
        Map<String, String> before = contents(site.output());
        List<OutputPage> pages = List.of(new OutputPage("/", Path.of("_pages/about.md"), "<p>New home</p>"),
                new OutputPage("/cv/", Path.of("_pages/cv.md"), "<p>New CV</p>"));

        // The pages are staged first; then a static file that vanished since the scan makes the write fail.
        assertThatThrownBy(() -> new SiteWriter(site.output()).write(pages, site.source(),
                List.of(Path.of("files/cv.pdf"), Path.of("files/gone.pdf")), new ThemeAssets(), new Problems()))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);

        assertThat(contents(site.output())).isEqualTo(before);
        assertThat(besideTheOutput()).containsExactly(".out.homepage-lock", "out", "site");
    }

    @Test
    void theOutputHoldsOnlyWhatTheLatestBuildMade() throws Exception {
        TestSite site = site();
        site.build();
        Files.delete(site.source().resolve("_pages/cv.md"));

        site.build();

        assertThat(site.output().resolve("cv/index.html")).doesNotExist();
        assertThat(site.output().resolve("index.html")).isRegularFile();
    }

    @Test
    void aKilledBuildsLeftoversAreRemovedAndNothingElseBesideTheOutput() throws Exception {
        TestSite site = site();
        Files.createDirectories(folder.resolve(".out.homepage-staging/cv"));
        Files.writeString(folder.resolve(".out.homepage-staging/cv/index.html"), "half written");
        Files.writeString(folder.resolve("keep.txt"), "the user's");
        Files.createDirectories(folder.resolve(".out.other"));

        site.build();

        assertThat(besideTheOutput()).containsExactly(".out.homepage-lock", ".out.other", "keep.txt", "out", "site");
        assertThat(folder.resolve("keep.txt")).hasContent("the user's");
        assertThat(site.output().resolve("cv/index.html")).content().contains("A CV.");
    }

    @Test
    void aWriterUpdatingItsOutputRewritesOnlyThePagesWhoseTextChanged() throws Exception {
        TestSite site = site();
        SiteWriter writer = new SiteWriter(site.output());
        writer.write(List.of(new OutputPage("/", Path.of("_pages/about.md"), "<p>Caf\u00e9 \u201cmoths\u201d</p>"),
                new OutputPage("/cv/", Path.of("_pages/cv.md"), "<p>CV</p>")), site.source(), List.of(),
                new ThemeAssets(), new Problems());
        FileTime longAgo = FileTime.fromMillis(0);
        Files.setLastModifiedTime(site.output().resolve("index.html"), longAgo);
        Files.setLastModifiedTime(site.output().resolve("cv/index.html"), longAgo);

        // Rendered again: the same text in new arrays, and one page changed.
        writer.write(List.of(new OutputPage("/", Path.of("_pages/about.md"), "<p>Caf\u00e9 \u201cmoths\u201d</p>"),
                new OutputPage("/cv/", Path.of("_pages/cv.md"), "<p>CV, 2026</p>")), site.source(), List.of(),
                new ThemeAssets(), new Problems());

        assertThat(Files.getLastModifiedTime(site.output().resolve("index.html"))).isEqualTo(longAgo);
        assertThat(Files.getLastModifiedTime(site.output().resolve("cv/index.html"))).isNotEqualTo(longAgo);
        assertThat(site.output().resolve("index.html")).content(StandardCharsets.UTF_8)
                .isEqualTo("<p>Caf\u00e9 \u201cmoths\u201d</p>");
        assertThat(site.output().resolve("cv/index.html")).hasContent("<p>CV, 2026</p>");
    }
}

package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline: what it refuses up front, and that it is reproducible. */
class SiteGeneratorTest {

    @TempDir
    Path folder;

    private static List<Path> tree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void aMissingSourceFolderIsRefused() {
        SiteBuildException error = catchThrowableOfType(SiteBuildException.class, () -> new SiteGenerator()
                .generate(new BuildRequest(folder.resolve("nope"), folder.resolve("out"))));

        assertThat(error).isNotNull();
        assertThat(error.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("does not exist"));
    }

    @Test
    void eachPhaseIsReportedWithWhatItHandled() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: x\n")
                .file("_pages/about.md", "---\npermalink: /\n---\nHi.\n")
                .file("_talks/2020-01-01-a.md", "---\ntitle: A\n---\n")
                .file("_talks/2021-01-01-b.md", "---\ntitle: B\n---\n");
        List<String> phases = new ArrayList<>();

        BuildReport report = new SiteGenerator().generate(site.request().withProgress(
                (phase, count, what, elapsed) -> phases.add(phase + " " + count + " " + what)));

        assertThat(phases).containsExactly("config 1 file", "content 3 documents", "bodies 3 rendered",
                "papers 0 publications", "pages " + report.pagesWritten() + " files",
                "write " + (report.pagesWritten() + report.filesCopied()) + " files");
    }

    @Test
    void anOutputFolderHoldingTheSourcesIsRefused() throws Exception {
        TestSite site = new TestSite(folder.resolve("site"), folder).file("_config.yml", "title: x\n");

        SiteBuildException error = site.buildFails();

        assertThat(error.getMessage()).contains("output folder");
        assertThat(tree(folder)).containsExactly(Path.of("site/_config.yml"));
    }

    @Test
    void theSourceFolderItselfIsRefusedAsOutput() throws Exception {
        TestSite site = new TestSite(folder, folder).file("_config.yml", "title: x\n");

        assertThat(site.buildFails().getMessage()).contains("is, or contains, the source folder");
        assertThat(tree(folder)).containsExactly(Path.of("_config.yml"));
    }

    @Test
    void anOutputFolderThatIsASymbolicLinkIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("notes.txt"), "mine");
        Path output = Files.createSymbolicLink(folder.resolve("out"), elsewhere);
        TestSite site = new TestSite(folder.resolve("site"), output).file("_config.yml", "title: x\n");

        assertThat(site.buildFails().getMessage()).contains("symbolic link");
        assertThat(tree(elsewhere)).containsExactly(Path.of("notes.txt"));
        assertThat(Files.isSymbolicLink(output)).isTrue();
    }

    @Test
    void anOutputFolderHoldingTheSourcesThroughALinkIsRefused() throws Exception {
        TestSite site = new TestSite(folder.resolve("real/site"), folder.resolve("link/real"))
                .file("_config.yml", "title: x\n");
        Files.createSymbolicLink(folder.resolve("link"), folder);

        assertThat(site.buildFails().getMessage()).contains("is, or contains, the source folder");
        assertThat(tree(folder.resolve("real"))).containsExactly(Path.of("site/_config.yml"));
    }

    @Test
    void anOutputFolderInsideTheSourcesIsNotReadBack() throws Exception {
        TestSite site = new TestSite(folder.resolve("site"), folder.resolve("site/_site"))
                .file("_config.yml", "title: x\n")
                .file("_pages/cv.md", "---\ntitle: CV\n---\n")
                .file("images/me.png", "png");
        site.build();
        List<Path> first = tree(site.output());

        site.build();

        assertThat(tree(site.output())).isEqualTo(first).doesNotContain(Path.of("_site/cv/index.html"));
    }

    @Test
    void twoBuildsIntoDifferentFoldersAreByteIdentical() throws Exception {
        TestSite site = new TestSite(folder.resolve("site"), folder.resolve("out-a"))
                .file("_config.yml", "title: Lab\nurl: https://lab.example.org\nauthor:\n  name: Ada\n  github: ada\n")
                .file("_data/navigation.yml", "main:\n  - title: Talks\n    url: /talks/\n")
                .file("_pages/about.md", "---\ntitle: About\npermalink: /\n---\n# 🔥 News\n{% for t in site.talks %}- {{ t.title }}\n{% endfor %}\n")
                .file("_talks/2024-01-01-a.md", "---\ntitle: A\n---\nAbstract.\n")
                .file("_talks/2023-01-01-b.md", "---\ntitle: B\n---\n")
                .file("_publications/2022-05-05-p.md", "---\ntitle: P\n---\n")
                .file("files/cv.pdf", "%PDF\n");
        site.build();
        new TestSite(site.source(), folder.resolve("out-b")).build();

        List<Path> files = tree(folder.resolve("out-a"));
        assertThat(files).isNotEmpty().isEqualTo(tree(folder.resolve("out-b")));
        List<Path> different = new ArrayList<>();
        for (Path file : files) {
            if (Files.mismatch(folder.resolve("out-a").resolve(file), folder.resolve("out-b").resolve(file)) != -1) {
                different.add(file);
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void reportTracesEveryWrittenFileToWhatItWasMadeFrom() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Ada\n")
                .file("_pages/about.md", "---\npermalink: /\n---\n\nHello.\n")
                .file("_talks/2024-05-01-moths.md", "---\ntitle: Moths\n---\n\nMoths.\n")
                .file("images/ada.png", "png");

        BuildReport report = site.build();

        assertThat(report.sources()).contains(
                entry(Path.of("index.html"), Path.of("_pages/about.md")),
                entry(Path.of("talks/2024-05-01-moths/index.html"), Path.of("_talks/2024-05-01-moths.md")),
                entry(Path.of("talks/index.html"), Path.of("_talks")),
                entry(Path.of("images/ada.png"), Path.of("images/ada.png")),
                entry(Path.of("assets/homepage/homepage.css"), Path.of("theme asset homepage.css")));
        assertThat(report.sources()).hasSize(report.pagesWritten() + report.filesCopied());
        assertThat(report.sources().keySet()).allMatch(file -> site.output().resolve(file).toFile().isFile());
    }

    @Test
    void aPlaceholderUrlGetsAWarningInABuildForPublishingOnly() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: x\nurl: 'https://example.org'\n")
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\nHello\n");

        assertThat(new SiteGenerator().generate(site.request().publishing()).warnings())
                .extracting(Problem::toString).containsExactly("_config.yml:2: the url 'https://example.org' is a"
                        + " placeholder, yet the canonical links, Open Graph tags, feed and sitemap are made from it:"
                        + " set url to the address the site is published at (or pass it with -Dhomepage.baseUrl=)");
        assertThat(new SiteGenerator().generate(site.request()).warnings()).as("a preview").isEmpty();
        BuildRequest published = new BuildRequest(site.source(), site.output(), Optional.of("https://ada.github.io"));
        assertThat(new SiteGenerator().generate(published.publishing()).warnings()).as("the address given").isEmpty();
    }

    @Test
    void theHostsOfExamplesAndOfTheAcademicpagesTemplateArePlaceholders() throws Exception {
        for (String url : List.of("http://www.example.com", "https://lab.example", "https://academicpages.github.io")) {
            TestSite site = new TestSite(folder).file("_config.yml", "url: " + url + "\n");
            assertThat(new SiteGenerator().generate(site.request().publishing()).warnings()).as(url).hasSize(1);
        }
        TestSite site = new TestSite(folder).file("_config.yml", "url: https://ada.github.io\n");
        assertThat(new SiteGenerator().generate(site.request().publishing()).warnings()).isEmpty();
    }
}

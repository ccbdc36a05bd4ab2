package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the site: only inside the output folder, one source per file, unchanged files left alone. */
class SiteWriterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder.resolve("work/site"), folder.resolve("work/out"))
                .file("_config.yml", "title: Lab\n");
    }

    private long filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void pagesStaticFilesAndThemeAssetsAreWritten() throws Exception {
        TestSite site = site()
                .file("_pages/cv.md", "---\ntitle: CV\n---\n")
                .file("_pages/feed.html", "---\npermalink: /feed.xml\n---\n")
                .file("about.md", "---\ntitle: About\n---\n")
                .file("files/cv.pdf", "%PDF-1.4\n");
        var report = site.build();

        assertThat(site.output().resolve("cv/index.html")).isRegularFile();
        assertThat(site.output().resolve("about.html")).isRegularFile();
        assertThat(site.output().resolve("feed.xml")).isRegularFile();
        assertThat(site.output().resolve("files/cv.pdf")).hasContent("%PDF-1.4");
        assertThat(site.output().resolve("assets/homepage/homepage.css")).isNotEmptyFile();
        assertThat(site.output().resolve("assets/homepage/homepage.js")).isNotEmptyFile();
        assertThat(site.output().resolve("404.html")).isRegularFile();
        assertThat(site.output().resolve("robots.txt")).hasContent("User-agent: *\nAllow: /");
        assertThat(site.output().resolve("favicon.svg")).isRegularFile();
        // cv, about and the site's own feed.xml, and the 404 page, robots.txt, icon, search page and its index
        // every site gets.
        assertThat(report.pagesWritten()).isEqualTo(8);
        // The site's PDF, the theme's stylesheet and script, the search page's script and Fuse.js.
        assertThat(report.filesCopied()).isEqualTo(5);
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void permalinksLeavingTheOutputFolderAreRefusedAndNothingIsWritten() throws Exception {
        SiteBuildException error = site()
                .file("_pages/a.md", "---\ntitle: A\npermalink: ../../x\n---\n")
                .file("_pages/b.md", "---\ntitle: B\npermalink: /../y/\n---\n")
                .file("_pages/fine.md", "---\ntitle: Fine\n---\n")
                .buildFails();

        assertThat(error.problems()).extracting(Problem::file)
                .containsExactlyInAnyOrder(Path.of("_pages/a.md"), Path.of("_pages/b.md"));
        assertThat(error.problems()).allSatisfy(problem -> assertThat(problem.message()).contains("outside the output"));
        assertThat(folder.resolve("work/out")).doesNotExist();
        assertThat(folder.resolve("x")).doesNotExist();
        assertThat(folder.resolve("work/x")).doesNotExist();
        assertThat(folder.resolve("work/y")).doesNotExist();
        assertThat(filesUnder(folder)).as("only the sources").isEqualTo(4);
    }

    @Test
    void ofTwoPagesWithOneUrlTheLaterIsWrittenAndTheOtherNamed() throws Exception {
        TestSite site = site()
                .file("_pages/first.md", "---\ntitle: First\npermalink: /same/\n---\nfirst\n")
                .file("_pages/second.md", "---\ntitle: Second\npermalink: /same/\n---\nsecond\n");
        BuildReport report = site.build();

        assertThat(report.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo(Path.of("_pages/first.md"));
            assertThat(warning.message()).contains("_pages/second.md").contains("same/index.html");
        });
        assertThat(site.body("/same/").text()).contains("second");
    }

    @Test
    void aPageAndAStaticFileClaimingOneFileAreRefused() throws Exception {
        SiteBuildException error = site()
                .file("_pages/robots.md", "---\npermalink: /robots.txt\n---\n")
                .file("robots.txt", "User-agent: *\n")
                .buildFails();

        assertThat(error.getMessage()).contains("robots.txt").contains("_pages/robots.md");
    }

    @Test
    void urlsWithAndWithoutSlashClaimTheSameFile() throws Exception {
        BuildReport report = site()
                .file("_pages/a.md", "---\npermalink: /x\n---\n")
                .file("_pages/b.md", "---\npermalink: /x/\n---\n")
                .build();

        assertThat(report.warnings()).singleElement().satisfies(warning -> assertThat(warning.toString())
                .contains("_pages/a.md").contains("_pages/b.md"));
    }

    @Test
    void aRebuildWritingTheSameFilesWarnsAgainOfTwoNamesThatAreOneFileOnSomeSystems() throws Exception {
        TestSite site = site()
                .file("_pages/lower.md", "---\ntitle: Lower\npermalink: /notes/\n---\nlower\n")
                .file("_pages/upper.md", "---\ntitle: Upper\npermalink: /Notes/\n---\nupper\n");
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request());

        BuildReport rebuilt = generator.generate(site.file("_pages/lower.md",
                "---\ntitle: Lower\npermalink: /notes/\n---\nlower, edited\n").request());

        assertThat(rebuilt.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .contains("upper and lower case"));
        assertThat(site.output().resolve("notes/index.html")).content().contains("lower, edited");
    }

    @Test
    void aRebuildAfterAPermalinkChangedClaimsItsNewFile() throws Exception {
        // "/C/" takes the place of "/a/" in the order of URLs: only the URL tells the two writes apart.
        TestSite site = site()
                .file("_pages/a.md", "---\ntitle: A\npermalink: /a/\n---\na\n")
                .file("_pages/c.md", "---\ntitle: C\npermalink: /c/\n---\nc\n");
        SiteGenerator generator = new SiteGenerator();
        assertThat(generator.generate(site.request()).warnings()).isEmpty();

        BuildReport rebuilt = generator.generate(site.file("_pages/a.md",
                "---\ntitle: A\npermalink: /C/\n---\na\n").request());

        assertThat(site.output().resolve("C/index.html")).content().contains("<title>A");
        assertThat(site.output().resolve("a")).doesNotExist();
        assertThat(rebuilt.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .contains("C/index.html").contains("c/index.html"));
    }

    @Test
    void unchangedFilesAreNotRewritten() throws Exception {
        TestSite site = site()
                .file("_pages/cv.md", "---\ntitle: CV\n---\nSame\n")
                .file("_pages/news.md", "---\ntitle: News\n---\nOld news\n")
                .file("files/cv.pdf", "%PDF\n");
        site.build();
        Path cv = site.output().resolve("cv/index.html");
        Path news = site.output().resolve("news/index.html");
        Path pdf = site.output().resolve("files/cv.pdf");
        Path css = site.output().resolve("assets/homepage/homepage.css");
        for (Path file : new Path[] {cv, news, css}) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        FileTime pdfTime = Files.getLastModifiedTime(pdf);

        site.file("_pages/news.md", "---\ntitle: News\n---\nFresh news\n").build();

        assertThat(Files.getLastModifiedTime(cv)).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(css)).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(pdfTime);
        assertThat(Files.getLastModifiedTime(news)).isNotEqualTo(LONG_AGO);
        assertThat(news).content().contains("Fresh news");
    }

    @Test
    void aChangedStaticFileIsCopiedAgain() throws Exception {
        TestSite site = site().file("files/data.csv", "a,b\n");
        site.build();

        site.file("files/data.csv", "a,b,c\n").build();

        assertThat(site.output().resolve("files/data.csv")).hasContent("a,b,c");
    }
}

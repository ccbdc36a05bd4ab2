package dev.homepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caches save work, counted in what a build reports it made anew: IncrementalBuildTest shows that a rebuild
 * gives what a full build gives, these show that it does less to get there. Each cache switched off fails one of
 * them: the build that stops when nothing changed, the files read, the bodies, views, pages and each document's
 * outputs kept from build to build, the bodies saved in the cache folder, the publications kept while their
 * sources are the same, the Sass compiled, the images read for their copies and the pages read for the theme's
 * files they load.
 */
class CacheSavesWorkTest {

    /** How many pages a post edit may render again at most: its page, and the pages that list or index posts. */
    private static final int PAGES_A_POST_EDIT_RENDERS = 6;

    @TempDir
    Path folder;

    @Test
    void aOnePostEditParsesAndRendersThatPostAloneAndTheSameFewPagesAtAnySize() throws Exception {
        BuildReport.Work small = workAfterOnePostEdit(10);
        BuildReport.Work large = workAfterOnePostEdit(60);

        for (BuildReport.Work work : List.of(small, large)) {
            assertThat(work.documentsParsed()).as("files parsed after a post edit").isEqualTo(1);
            assertThat(work.bodiesRendered()).as("bodies rendered after a post edit").isEqualTo(1);
            assertThat(work.catalogsBuilt()).as("publications made again after a post edit").isZero();
        }
        assertThat(large.pagesRendered()).as("pages rendered after a post edit: as many at 60 posts as at 10")
                .isEqualTo(small.pagesRendered()).isBetween(1, PAGES_A_POST_EDIT_RENDERS);
    }

    @Test
    void aBodyEditToAPostOutsideTheFeedRendersThatPostAndItsListingAlone() throws Exception {
        // Post 30 of 60 is older than the feed's newest 20; its title, URL and date, all the search page lists of
        // it, stay the same: the feed and the search page, which list every post, are kept.
        assertThat(workAfterOnePostEdit(60).pagesRendered()).as("pages rendered: the post's and the posts' listing")
                .isEqualTo(2);
    }

    @Test
    void aFirstBuildDoesAllTheWork() throws Exception {
        TestSite site = siteWithPosts(folder, 10);

        BuildReport.Work work = new SiteGenerator().generate(site.request()).work();

        // The ten posts and the home page; every page written, and more (the feed, the sitemap) with a template.
        assertThat(work.documentsParsed()).isEqualTo(11);
        assertThat(work.bodiesRendered()).isEqualTo(11);
        assertThat(work.catalogsBuilt()).isEqualTo(1);
        assertThat(work.pagesRendered()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void anUnchangedRebuildDoesNoWork() throws Exception {
        TestSite site = siteWithPosts(folder, 10);
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request());

        assertThat(generator.generate(site.request()).work()).isEqualTo(BuildReport.Work.NONE);
    }

    @Test
    void anUnchangedRebuildStopsOnceItKnowsNothingChanged() throws Exception {
        TestSite site = siteWithPosts(folder, 10);
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request());
        List<String> phases = new ArrayList<>();

        generator.generate(site.request().withProgress((phase, count, what, elapsed) -> phases.add(phase)));

        assertThat(phases).as("the phases of an unchanged rebuild").containsExactly("config", "content");
    }

    @Test
    void aOnePostEditMakesTheViewOfThatPostAlone() throws Exception {
        assertThat(workAfterOnePostEdit(10).viewsMade()).isEqualTo(1);
    }

    @Test
    void aOnePostEditLaysOutThatPostAloneAtAnySize() throws Exception {
        // Its page job, redirects and sitemap entry; the other documents' are taken from the last build, as their
        // bodies and the shared values their pages read are the same.
        assertThat(workAfterOnePostEdit(10).documentsLaidOut()).as("documents laid out at 10 posts").isEqualTo(1);
        assertThat(workAfterOnePostEdit(60).documentsLaidOut()).as("documents laid out at 60 posts").isEqualTo(1);
    }

    @Test
    void aOnePostBodyEditSortsNeitherTheOutputsNorTheSearchEntriesAgain() throws Exception {
        TestSite site = siteWithPosts(folder.resolve("site"), 60);
        site.file("_config.yml", "title: A site of posts\nsearch: true\n");
        SiteGenerator generator = new SiteGenerator();
        assertThat(generator.generate(site.request()).work().itemsSorted()).as("items a first build sorts")
                .isGreaterThan(2 * 60);

        appendParagraph(site, 30);

        assertThat(generator.generate(site.request()).work().itemsSorted()).as("items sorted after a body edit")
                .isZero();
    }

    @Test
    void aOnePostEditReadsOnlyTheFewPagesItChangedForTheThemeFilesTheyLoad() throws Exception {
        int small = workAfterOnePostEdit(10).pagesScanned();
        int large = workAfterOnePostEdit(60).pagesScanned();

        assertThat(large).as("pages read for what they load: as many at 60 posts as at 10").isEqualTo(small)
                .isBetween(1, PAGES_A_POST_EDIT_RENDERS);
    }

    @Test
    void aSaveThatLeavesTheSearchIndexAsItWasDoesNotReadItAgainForTheThemeFiles() throws Exception {
        // A new tag, which the post's page shows and the index does not: the index is the same array as the last
        // build's, known by the theme's files without reading its megabytes, as if the site had no search.
        assertThat(pagesScannedAfterATagIsAdded(true)).isEqualTo(pagesScannedAfterATagIsAdded(false));
    }

    private int pagesScannedAfterATagIsAdded(boolean search) throws Exception {
        TestSite site = siteWithPosts(folder.resolve("search-" + search), 10);
        site.file("_config.yml", "title: A site of posts\nauthor:\n  name: Ada Example\nsearch: " + search + "\n");
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request());

        site.file(postFile(5), "---\ntitle: Post 5\ntags: [field]\n---\n\nThe text of post 5.\n");

        return generator.generate(site.request()).work().pagesScanned();
    }

    @Test
    void aSassStyleSheetIsCompiledOnceWhileItsFilesAreTheSame() throws Exception {
        TestSite site = siteWithPosts(folder, 3)
                .file("_sass/_colours.scss", "$accent: #8a1c4a;\n")
                .file("assets/css/main.scss", "---\n---\n@import \"colours\";\na { color: $accent; }\n");
        SiteGenerator generator = new SiteGenerator();

        assertThat(generator.generate(site.request()).work().styleSheetsCompiled()).isEqualTo(1);
        for (int edit = 0; edit < 2; edit++) {
            appendParagraph(site, 1);
            assertThat(generator.generate(site.request()).work().styleSheetsCompiled())
                    .as("style sheets compiled after post edit " + (edit + 1)).isZero();
        }
        Files.writeString(site.source().resolve("_sass/_colours.scss"), "$accent: #1c4a8a;\n");
        assertThat(generator.generate(site.request()).work().styleSheetsCompiled()).isEqualTo(1);
    }

    @Test
    void anImageIsReadForItsCopiesOnceWhileItIsTheSame() throws Exception {
        BufferedImage picture = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", jpeg);
        TestSite site = siteWithPosts(folder, 3).bytes("images/field.jpg", jpeg.toByteArray())
                .file("index.md", "---\ntitle: Home\n---\n\n![A field](/images/field.jpg)\n");
        SiteGenerator generator = new SiteGenerator();

        assertThat(generator.generate(site.request()).work().imagesRead()).isEqualTo(1);
        appendParagraph(site, 1);
        assertThat(generator.generate(site.request()).work().imagesRead()).as("images read after a post edit")
                .isZero();
    }

    @Test
    void aNewRunWithTheCacheFolderOfTheLastRendersNoBody() throws Exception {
        TestSite site = siteWithPosts(folder, 10);
        BuildRequest request = site.request().withCache(folder.resolve("cache"));
        new SiteGenerator().generate(request);

        assertThat(new SiteGenerator().generate(request).work().bodiesRendered()).isZero();
    }

    @Test
    void aNewRunWithoutTheCacheFolderRendersEveryBodyAgain() throws Exception {
        TestSite site = siteWithPosts(folder, 10);
        new SiteGenerator().generate(site.request().withCache(folder.resolve("cache")));

        assertThat(new SiteGenerator().generate(site.request()).work().bodiesRendered()).isEqualTo(11);
    }

    /** Builds a site of that many posts, appends a paragraph to one post and builds again: the work that did. */
    private BuildReport.Work workAfterOnePostEdit(int posts) throws Exception {
        TestSite site = siteWithPosts(folder.resolve("site-" + posts), posts);
        SiteGenerator generator = new SiteGenerator();
        generator.generate(site.request());

        appendParagraph(site, posts / 2);

        return generator.generate(site.request()).work();
    }

    private static void appendParagraph(TestSite site, int post) throws IOException {
        Files.writeString(site.source().resolve(postFile(post)), "\nOne more paragraph.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /**
     * A site of plain Markdown posts and a home page, every file dated an hour ago: as files not touched since
     * the last build are, so that a rebuild may trust their size and time.
     */
    private static TestSite siteWithPosts(Path folder, int posts) throws IOException {
        TestSite site = new TestSite(folder);
        site.file("_config.yml", "title: A site of posts\nauthor:\n  name: Ada Example\n");
        site.file("index.md", "---\ntitle: Home\n---\n\nWelcome.\n");
        for (int i = 0; i < posts; i++) {
            site.file(postFile(i), "---\ntitle: Post " + i + "\n---\n\nThe text of post " + i + ".\n");
        }
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> files = Files.walk(site.source())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
        return site;
    }

    private static String postFile(int number) {
        return "_posts/2024-%02d-%02d-post-%d.md".formatted(1 + number / 28, 1 + number % 28, number);
    }
}

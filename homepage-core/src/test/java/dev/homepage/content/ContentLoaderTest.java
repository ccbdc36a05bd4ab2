package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problems;
import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents as read from their files: URLs, dates, slugs, titles, order, defaults, data. */
class ContentLoaderTest {

    @TempDir
    Path folder;

    private final Problems problems = new Problems();

    private ContentLoaderTest write(String path, String text) throws IOException {
        Path file = folder.resolve("site").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    private SiteContent load(String config) throws Exception {
        write("_config.yml", config);
        Path source = folder.resolve("site").toAbsolutePath();
        SiteConfig siteConfig = new ConfigLoader().load(source, Optional.empty());
        SiteContent content = new ContentLoader().load(source, folder.resolve("out").toAbsolutePath(), siteConfig, problems);
        problems.throwIfErrors();
        return content;
    }

    private static Document find(List<Document> documents, String path) {
        return documents.stream().filter(document -> document.source().equals(Path.of(path))).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + path + " in " + documents));
    }

    private Document page(SiteContent content, String path) {
        return find(content.pages(), path);
    }

    @Test
    void aPageWithoutPermalinkEndsAsTheConfigsPermalinkStyleSays() throws Exception {
        write("about.md", "---\n---\n");

        assertThat(page(load("title: x\n"), "about.md").url()).isEqualTo("/about.html");
        assertThat(page(load("permalink: pretty\n"), "about.md").url()).isEqualTo("/about/");
        assertThat(page(load("permalink: /:categories/:title/\n"), "about.md").url()).isEqualTo("/about/");
        assertThat(page(load("permalink: /:year/:title\n"), "about.md").url()).isEqualTo("/about");
    }

    @Test
    void aSiteThatIncludesPagesGetsJekyllsUrlsForThem() throws Exception {
        write("_pages/dropdown.md", "---\ntitle: menu\n---\n");
        write("_pages/cv.md", "---\npermalink: /cv/\n---\n");

        SiteContent content = load("include: [\"_pages\"]\npermalink: /blog/:year/:title/\n");

        assertThat(page(content, "_pages/dropdown.md").url()).isEqualTo("/_pages/dropdown/");
        assertThat(page(content, "_pages/cv.md").url()).isEqualTo("/cv/");
    }

    @Test
    void defaultPageUrls() throws Exception {
        write("_pages/cv.md", "---\ntitle: CV\n---\n");
        write("_pages/research/projects.md", "---\n---\n");
        write("_pages/index.md", "---\n---\n");
        write("about.md", "---\n---\n");
        write("index.md", "---\n---\n");
        write("docs/index.html", "---\n---\n");
        write("docs/guide.md", "---\n---\n");

        SiteContent content = load("title: x\n");

        assertThat(page(content, "_pages/cv.md").url()).isEqualTo("/cv/");
        assertThat(page(content, "_pages/research/projects.md").url()).isEqualTo("/research/projects/");
        assertThat(page(content, "_pages/index.md").url()).isEqualTo("/");
        assertThat(page(content, "about.md").url()).isEqualTo("/about.html");
        assertThat(page(content, "index.md").url()).isEqualTo("/");
        assertThat(page(content, "docs/index.html").url()).isEqualTo("/docs/");
        assertThat(page(content, "docs/guide.md").url()).isEqualTo("/docs/guide.html");
    }

    @Test
    void frontMatterPermalinkWins() throws Exception {
        write("_pages/about.md", "---\npermalink: /\n---\n");
        write("_pages/cv.md", "---\npermalink: cv.html\n---\n");
        write("_talks/t.md", "---\npermalink: /talks/:title-given/\n---\n");

        SiteContent content = load("title: x\n");

        assertThat(page(content, "_pages/about.md").url()).isEqualTo("/");
        assertThat(page(content, "_pages/cv.md").url()).isEqualTo("/cv.html");
        assertThat(find(content.collections().get("talks"), "_talks/t.md").url()).isEqualTo("/talks/t-given/");
    }

    @Test
    void collectionItemsUseTheirCollectionsPermalink() throws Exception {
        write("_talks/2024-03-05-invited.md", "---\n---\n");
        write("_talks/2023/keynote.md", "---\n---\n");
        write("_books/2020-01-01-novel.md", "---\n---\n");

        SiteContent content = load("collections:\n  books:\n    permalink: /library/:year/:title/\n");

        assertThat(find(content.collections().get("talks"), "_talks/2024-03-05-invited.md").url())
                .isEqualTo("/talks/2024-03-05-invited/");
        assertThat(find(content.collections().get("talks"), "_talks/2023/keynote.md").url())
                .isEqualTo("/talks/2023/keynote/");
        assertThat(find(content.collections().get("books"), "_books/2020-01-01-novel.md").url())
                .isEqualTo("/library/2020/novel/");
    }

    @Test
    void postsUseJekyllsPermalinkWithCategories() throws Exception {
        write("_posts/2024-03-05-hello-world.md", "---\ncategories: [Field Notes]\n---\n");
        write("_posts/2023-01-02-plain.md", "---\n---\n");

        SiteContent content = load("title: x\n");

        assertThat(find(content.collections().get("posts"), "_posts/2024-03-05-hello-world.md").url())
                .isEqualTo("/field-notes/2024/03/05/hello-world.html");
        assertThat(find(content.collections().get("posts"), "_posts/2023-01-02-plain.md").url())
                .isEqualTo("/2023/01/02/plain.html");
    }

    @Test
    void topLevelPermalinkShapesPosts() throws Exception {
        write("_posts/2024-03-05-hello-world.md", "---\ncategory: notes\n---\n");

        SiteContent content = load("permalink: /:categories/:title/\n");

        assertThat(content.collections().get("posts").get(0).url()).isEqualTo("/notes/hello-world/");
    }

    @Test
    void datesComeFromFileNamesUnlessTheFrontMatterHasOne() throws Exception {
        write("_talks/2024-3-5-from-name.md", "---\n---\n");
        write("_talks/2024-03-05-overridden.md", "---\ndate: 2020-06-07 10:00\n---\n");
        write("_talks/undated.md", "---\n---\n");

        SiteContent content = load("timezone: Europe/Dublin\n");
        List<Document> talks = content.collections().get("talks");

        Document fromName = find(talks, "_talks/2024-3-5-from-name.md");
        assertThat(fromName.date()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 0, 0, 0, 0, ZoneId.of("Europe/Dublin")));
        assertThat(fromName.slug()).isEqualTo("from-name");
        Document overridden = find(talks, "_talks/2024-03-05-overridden.md");
        assertThat(overridden.date()).isEqualTo(ZonedDateTime.of(2020, 6, 7, 10, 0, 0, 0, ZoneId.of("Europe/Dublin")));
        assertThat(overridden.slug()).isEqualTo("overridden");
        assertThat(find(talks, "_talks/undated.md").date()).isNull();
    }

    @Test
    void aDateWithAnOffsetIsTheSameMomentInTheSitesZoneAsJekyllReadsIt() throws Exception {
        write("_news/late.md", "---\ndate: 2025-11-04 20:54:00-0400\n---\n");
        write("_posts/2025-12-31-new-year.md", "---\ndate: 2025-12-31 23:30:00 -0100\n---\n");

        SiteContent content = load("timezone: Europe/Dublin\npermalink: /:year/:title/\n");

        Document late = find(content.collections().get("news"), "_news/late.md");
        assertThat(late.date()).isEqualTo(ZonedDateTime.of(2025, 11, 5, 0, 54, 0, 0, ZoneId.of("Europe/Dublin")));
        // The year of its URL is that of the site's zone too.
        assertThat(content.collections().get("posts").get(0).url()).isEqualTo("/2026/new-year/");
    }

    @Test
    void collectionItemsAreInJekyllsOrderOldestFirstUndatedLast() throws Exception {
        write("_talks/b-undated.md", "---\n---\n");
        write("_talks/a-undated.md", "---\n---\n");
        write("_talks/2024-01-01-new.md", "---\n---\n");
        write("_talks/2020-01-01-old.md", "---\n---\n");
        write("_talks/mid.md", "---\ndate: 2022-05-05\n---\n");

        List<Document> talks = load("title: x\n").collections().get("talks");

        assertThat(talks).extracting(Document::slug)
                .containsExactly("old", "mid", "new", "a-undated", "b-undated");
    }

    @Test
    void pagesAreInPathOrder() throws Exception {
        write("_pages/z.md", "---\n---\n");
        write("_pages/a.md", "---\n---\n");
        write("b.md", "---\n---\n");

        assertThat(load("title: x\n").pages()).extracting(document -> document.source().toString().replace('\\', '/'))
                .containsExactly("_pages/a.md", "_pages/z.md", "b.md");
    }

    @Test
    void itemsWithoutTitleAreTitledAfterTheirFileName() throws Exception {
        write("_talks/2024-01-01-deep-learning_for-rivers.md", "---\n---\n");
        write("_pages/untitled.md", "---\n---\n");

        SiteContent content = load("title: x\n");

        assertThat(content.collections().get("talks").get(0).title()).isEqualTo("Deep Learning For Rivers");
        assertThat(page(content, "_pages/untitled.md").title()).isEmpty();
    }

    @Test
    void bodyAndItsLineAreKept() throws Exception {
        write("_pages/a.md", "---\ntitle: A\n---\n# Heading\n");
        write("_pages/b.html", "<p>no front matter</p>\n");

        SiteContent content = load("title: x\n");

        Document a = page(content, "_pages/a.md");
        assertThat(a.body()).isEqualTo("# Heading\n");
        assertThat(a.bodyLine()).isEqualTo(4);
        assertThat(a.markdown()).isTrue();
        Document b = page(content, "_pages/b.html");
        assertThat(b.markdown()).isFalse();
        assertThat(b.body()).isEqualTo("<p>no front matter</p>\n");
    }

    @Test
    void unpublishedDocumentsAreLeftOutAndNonOutputOnesGetNoPage() throws Exception {
        write("_pages/draft.md", "---\npublished: false\n---\n");
        write("_pages/hidden.md", "---\noutput: false\n---\n");
        write("_pages/shown.md", "---\n---\n");
        write("_teaching/course.md", "---\n---\n");

        SiteContent content = load("collections:\n  teaching:\n    output: false\n");

        assertThat(content.pages()).extracting(document -> document.source().toString())
                .doesNotContain("_pages/draft.md");
        assertThat(page(content, "_pages/hidden.md").output()).isFalse();
        assertThat(page(content, "_pages/shown.md").output()).isTrue();
        assertThat(content.collections().get("teaching").get(0).output()).isFalse();
    }

    @Test
    void defaultsApplyByPathAndTypeAndFrontMatterWins() throws Exception {
        write("_pages/cv.md", "---\n---\n");
        write("_pages/about.md", "---\nlayout: mine\n---\n");
        write("_talks/t.md", "---\n---\n");
        write("notes.md", "---\n---\n");

        SiteContent content = load("""
                defaults:
                  - scope:
                      path: ""
                    values:
                      share: true
                  - scope:
                      path: _pages
                      type: pages
                    values:
                      layout: single
                  - scope:
                      type: talks
                    values:
                      layout: talk
                      share: false
                """);

        assertThat(page(content, "_pages/cv.md").frontMatter()).containsEntry("layout", "single").containsEntry("share", true);
        assertThat(page(content, "_pages/about.md").frontMatter()).containsEntry("layout", "mine");
        assertThat(page(content, "notes.md").frontMatter()).containsEntry("share", true).doesNotContainKey("layout");
        assertThat(content.collections().get("talks").get(0).frontMatter())
                .containsEntry("layout", "talk").containsEntry("share", false);
    }

    @Test
    void dataFilesNestByFolderAndFileName() throws Exception {
        write("_data/navigation.yml", "main:\n  - title: Home\n    url: /\n");
        write("_data/people/students.yml", "- Ada\n- Grace\n");
        write("_data/people/alumni/2020.yaml", "- Alan\n");
        write("_data/stats.json", "{\"papers\": 12}\n");

        Map<String, Object> data = load("title: x\n").data();

        assertThat(data).containsOnlyKeys("navigation", "people", "stats");
        assertThat(data.get("stats")).isEqualTo(Map.of("papers", 12));
        @SuppressWarnings("unchecked")
        Map<String, Object> people = (Map<String, Object>) data.get("people");
        assertThat(people.get("students")).isEqualTo(List.of("Ada", "Grace"));
        assertThat(people.get("alumni")).isEqualTo(Map.of("2020", List.of("Alan")));
    }

    @Test
    void staticFilesAreListed() throws Exception {
        write("files/cv.pdf", "%PDF\n");
        write("_pages/cv.md", "---\n---\n");

        assertThat(load("title: x\n").staticFiles()).containsExactly(Path.of("files/cv.pdf"));
    }
}

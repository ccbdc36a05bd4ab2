package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page written at {@code /<collection>/} for each collection that has items. */
class ListingPagesTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", "title: Lab\nbaseurl: /lab\n");
    }

    @Test
    void talksAreListedNewestFirst() throws Exception {
        TestSite site = site()
                .file("_talks/2019-01-01-old.md", "---\ntitle: Old\ntype: Talk\nvenue: Uni\nlocation: Oslo\n---\nOld abstract.\n")
                .file("_talks/2024-05-05-new.md", "---\ntitle: New\n---\n")
                .file("_talks/2021-03-03-mid.md", "---\ntitle: Mid\n---\n")
                .file("_talks/undated.md", "---\ntitle: Undated\n---\n");
        site.build();

        Document page = site.page("/talks/");
        assertThat(page.select("main h1").text()).isEqualTo("Talks and presentations");
        Elements items = page.select("main article.archive-item");
        assertThat(items.select(".archive-item-title a").eachText()).containsExactly("New", "Mid", "Old", "Undated");
        assertThat(items.select(".archive-item-title a").first().attr("href")).isEqualTo("/lab/talks/2024-05-05-new/");
        Element old = items.get(2);
        assertThat(old.select(".archive-item-date time").attr("datetime")).isEqualTo("2019-01-01");
        assertThat(old.select(".archive-item-date").text()).isEqualTo("January 01, 2019");
        assertThat(old.select(".archive-item-meta").text()).isEqualTo("Talk, Uni, Oslo");
        assertThat(old.select(".archive-item-excerpt").text()).isEqualTo("Old abstract.");
        assertThat(items.get(3).select(".archive-item-date")).isEmpty();
    }

    @Test
    void publicationsAreGroupedByYearNewestFirstUndatedLast() throws Exception {
        TestSite site = site()
                .file("_publications/2022-02-01-b.md", "---\ntitle: B 2022 early\nvenue: JMLR\n---\n")
                .file("_publications/2023-07-01-c.md", "---\ntitle: C 2023\n---\n")
                .file("_publications/2022-11-01-a.md", "---\ntitle: A 2022 late\ncitation: 'Ada (2022).'\npaperurl: files/a.pdf\n---\n")
                .file("_publications/in-press.md", "---\ntitle: In press\n---\n");
        site.build();

        Document page = site.page("/publications/");
        Elements groups = page.select("main section.year-group");
        assertThat(groups.select("h2.year-heading").eachText()).containsExactly("2023", "2022", "Undated");
        assertThat(groups.select("h2.year-heading").eachAttr("id")).containsExactly("y2023", "y2022", "undated");
        assertThat(groups.get(0).select("h3 a").eachText()).containsExactly("C 2023");
        assertThat(groups.get(1).select("h3 a").eachText()).containsExactly("A 2022 late", "B 2022 early");
        assertThat(groups.get(2).select("h3 a").eachText()).containsExactly("In press");
        Element late = groups.get(1).selectFirst("article");
        assertThat(late.select(".citation").text()).isEqualTo("Ada (2022).");
        assertThat(late.select(".paper-links a.paper-link--pdf").attr("href")).isEqualTo("/lab/files/a.pdf");
        assertThat(groups.get(1).select("article").get(1).select(".paper-venue").text()).isEqualTo("JMLR, 2022");
    }

    @Test
    void aPageOfTheSiteAtTheListingUrlWins() throws Exception {
        TestSite site = site()
                .file("_talks/2020-01-01-t.md", "---\ntitle: A talk\n---\n")
                .file("_pages/talks.md", "---\ntitle: My own talks page\npermalink: /talks/\n---\nHand-written.\n");
        site.build();

        Document page = site.page("/talks/");
        assertThat(page.select("main h1").text()).isEqualTo("My own talks page");
        assertThat(page.select("main .page-body").text()).isEqualTo("Hand-written.");
        assertThat(page.select(".archive")).isEmpty();
    }

    @Test
    void everyCollectionWithItemsGetsAListing() throws Exception {
        TestSite site = site()
                .file("_config.yml", "title: Lab\ncollections:\n  books:\n    title: Reading list\n")
                .file("_books/b.md", "---\ntitle: A book\n---\n")
                .file("_teaching/t.md", "---\ntitle: A course\n---\n")
                .file("_posts/2024-01-01-p.md", "---\ntitle: A post\n---\n");
        site.build();

        assertThat(site.page("/books/").select("main h1").text()).isEqualTo("Reading list");
        assertThat(site.page("/teaching/").select("main h1").text()).isEqualTo("Teaching");
        assertThat(site.page("/posts/").select("main h1").text()).isEqualTo("Blog posts");
        assertThat(site.outputFile("/talks/")).doesNotExist();
        assertThat(site.outputFile("/publications/")).doesNotExist();
    }

    @Test
    void listingItemsLinkToWrittenPages() throws Exception {
        TestSite site = site().file("_talks/2020-01-01-t.md", "---\ntitle: T\npermalink: /talk/t\n---\n");
        site.build();

        String href = site.page("/talks/").select("main .archive-item-title a").attr("href");
        assertThat(href).isEqualTo("/lab/talk/t");
        assertThat(site.outputFile(href.substring("/lab".length()))).isRegularFile();
    }

    @Test
    void unpublishedItemsAreNotListed() throws Exception {
        TestSite site = site()
                .file("_talks/2024-01-01-draft.md", "---\ntitle: Draft talk\npublished: false\n---\n")
                .file("_talks/2023-01-01-real.md", "---\ntitle: Real talk\n---\n");
        site.build();

        assertThat(site.outputFile("/talks/2024-01-01-draft/")).doesNotExist();
        assertThat(site.page("/talks/").select("main .archive-item-title a").eachText()).containsExactly("Real talk");
    }

    @Test
    void listingOfANonOutputCollectionHasNoBrokenLinks() throws Exception {
        TestSite site = site()
                .file("_config.yml", "title: Lab\ncollections:\n  teaching:\n    output: false\n")
                .file("_teaching/2024-course.md", "---\ntitle: A course\n---\nAbout the course.\n");
        site.build();

        Element main = site.page("/teaching/").selectFirst("main");
        assertThat(main.text()).contains("A course");
        for (String href : main.select("a[href^=/]").eachAttr("href")) {
            assertThat(site.outputFile(href)).as("the target of the link %s on /teaching/", href).isRegularFile();
        }
    }

    @Test
    void aPageAtTheListingUrlWithoutTrailingSlashWinsToo() throws Exception {
        TestSite site = site()
                .file("_talks/2020-01-01-t.md", "---\ntitle: A talk\n---\n")
                .file("_pages/talks.md", "---\ntitle: My own talks page\npermalink: /talks\n---\nHand-written.\n");
        site.build();

        assertThat(site.page("/talks/").select("main h1").text()).isEqualTo("My own talks page");
    }

    @Test
    void citationMarkupIsShownAsFormattedText() throws Exception {
        TestSite site = site().file("_publications/2024-01-01-p.md",
                "---\ntitle: P\ncitation: 'Ada (2024). &quot;P.&quot; <i>Journal</i>, pp. 1&ndash;2.'\n---\n");
        site.build();

        Element citation = site.page("/publications/").selectFirst("main .citation");
        assertThat(citation.text()).isEqualTo("Ada (2024). \"P.\" Journal, pp. 1\u20132.");
        assertThat(citation.select("i").text()).isEqualTo("Journal");
    }
}

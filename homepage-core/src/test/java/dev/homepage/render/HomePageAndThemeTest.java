package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home page's news, the table of contents of long pages, and the theme toggle's markup. */
class HomePageAndThemeTest {

    @TempDir
    Path folder;

    private TestSite site(String config) throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\nbaseurl: /lab\n" + config)
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\nHello.\n");
        for (int month = 1; month <= 7; month++) {
            site.file("_news/2024-0" + month + "-01-n" + month + ".md", "---\ntitle: News " + month + "\n"
                    + (month % 2 == 1 ? "inline: true\n" : "") + "---\nItem **" + month + "**.\n");
        }
        return site;
    }

    @Test
    void theHomePageShowsTheNewestNewsUpToTheLimit() throws Exception {
        TestSite site = site("");
        site.build();

        Element news = site.page("/").selectFirst("section.home-news");
        assertThat(news.select(".news-item time").eachAttr("datetime"))
                .containsExactly("2024-07-01", "2024-06-01", "2024-05-01", "2024-04-01", "2024-03-01");
        assertThat(news.select(".news-item").get(0).select(".news-text").html()).isEqualTo("<p>Item <strong>7</strong>.</p>");
        assertThat(news.select(".news-item").get(1).select(".news-text a").attr("href")).isEqualTo("/lab/news/2024-06-01-n6/");
        assertThat(news.select(".news-item").get(1).text()).endsWith("News 6");
        assertThat(news.select(".news-more a").attr("href")).isEqualTo("/lab/news/");
        assertThat(site.page("/news/").select("section.home-news")).isEmpty();
    }

    @Test
    void theNewsFollowTheIntroductionBeforeTheHomePagesOwnSections() throws Exception {
        TestSite site = site("").file("_pages/about.md", "---\npermalink: /\ntitle: About\ntoc: false\n---\nHello, I study"
                + " engines.\n\n- a list\n\n  ## inside the list\n\n## Students\n\nAda.\n\n## Contact\n\nMail me.\n");
        site.build();

        Element article = site.page("/").selectFirst("article.page");
        assertThat(article.children().eachAttr("class"))
                .containsExactly("page-title", "page-body", "home-news", "page-body");
        assertThat(article.child(1).text()).startsWith("Hello, I study engines.").contains("inside the list")
                .doesNotContain("Students");
        assertThat(article.child(3).select("h2").eachText()).containsExactly("Students", "Contact");
    }

    @Test
    void aHomePageThatStartsWithASectionHasItsNewsAfterIt() throws Exception {
        TestSite site = site("").file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\n## Bio\n\nHello.\n");
        site.build();

        Element article = site.page("/").selectFirst("article.page");
        assertThat(article.children().eachAttr("class")).containsExactly("page-title", "page-body", "home-news");
        assertThat(article.child(1).select("h2").eachText()).containsExactly("Bio");
    }

    @Test
    void theLimitIsTheConfigs() throws Exception {
        TestSite site = site("news:\n  home_limit: 7\n");
        site.build();
        Element news = site.page("/").selectFirst("section.home-news");
        assertThat(news.select(".news-item")).hasSize(7);
        assertThat(news.select(".news-more")).isEmpty();

        site.file("_config.yml", "title: Lab\nnews:\n  home_limit: 0\n").build();
        assertThat(site.page("/").select("section.home-news")).isEmpty();
    }

    @Test
    void alFoliosAnnouncementsInTheHomePagesFrontMatterSayHowManyNewsItShows() throws Exception {
        TestSite site = site("news:\n  home_limit: 3\n");
        String about = "---\npermalink: /\ntitle: About\nannouncements:\n  enabled: %s\n  limit: %s\n---\nHello.\n";
        site.file("_pages/about.md", about.formatted("true", "2")).build();
        assertThat(site.page("/").select("section.home-news .news-item")).hasSize(2);

        // A limit left blank shows them all, as in al-folio.
        site.file("_pages/about.md", about.formatted("true", "")).build();
        Element news = site.page("/").selectFirst("section.home-news");
        assertThat(news.select(".news-item")).hasSize(7);
        assertThat(news.select(".news-more")).isEmpty();

        site.file("_pages/about.md", about.formatted("false", "2")).build();
        assertThat(site.page("/").select("section.home-news")).isEmpty();
    }

    @Test
    void longPagesGetATableOfContents() throws Exception {
        TestSite site = site("")
                .file("_pages/long.md", "---\ntitle: Long\n---\n## One\n\n### One and a half\n\n## Two\n\n## Three\n")
                .file("_pages/short.md", "---\ntitle: Short\n---\n## One\n\n## Two\n")
                .file("_pages/forced.md", "---\ntitle: Forced\ntoc: true\n---\n## Only\n")
                .file("_pages/refused.md", "---\ntitle: Refused\ntoc: false\n---\n## A\n\n## B\n\n## C\n");
        site.build();

        Element toc = site.page("/long/").selectFirst("nav.toc");
        assertThat(toc.attr("aria-labelledby")).isEqualTo("toc-title");
        assertThat(toc.select("a").eachAttr("href")).containsExactly("#one", "#one-and-a-half", "#two", "#three");
        assertThat(toc.select("li.toc-level-3").text()).isEqualTo("One and a half");
        assertThat(site.page("/short/").select("nav.toc")).isEmpty();
        assertThat(site.page("/forced/").select("nav.toc a").eachAttr("href")).containsExactly("#only");
        assertThat(site.page("/refused/").select("nav.toc")).isEmpty();
    }

    @Test
    void theThemeToggleIsThereForScriptsToShowAndTheChoiceIsAppliedBeforeTheStylesheet() throws Exception {
        TestSite site = site("");
        site.build();

        Document page = site.page("/");
        Element toggle = page.selectFirst(".masthead button.theme-toggle");
        assertThat(toggle.attr("type")).isEqualTo("button");
        assertThat(toggle.hasAttr("hidden")).as("shown by homepage.js only").isTrue();
        assertThat(toggle.attr("aria-label")).isEqualTo("Switch to dark theme");
        assertThat(toggle.attr("aria-pressed")).isEqualTo("false");
        Element early = page.head().selectFirst("script:not([src])");
        assertThat(early.data()).contains("localStorage.getItem(\"homepage-theme\")", "dataset.theme");
        assertThat(early.elementSiblingIndex())
                .isLessThan(page.head().selectFirst("link[rel=stylesheet]").elementSiblingIndex());
        assertThat(page.select("script[src], link[rel=stylesheet]").eachAttr("src")).noneMatch(src -> src.contains("//"));
    }
}

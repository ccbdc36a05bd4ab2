package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import dev.homepage.config.SafeYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What search engines, feed readers and old links find: head tags, feed, sitemap, robots.txt, 404, redirects. */
class SiteFilesTest {

    private static final String CONFIG = """
            title: Ada's lab
            description: Engines and notes.
            url: https://ada.example.org
            baseurl: /lab
            twitter:
              username: "@ada_l"
            author:
              name: Ada Lovelace
              avatar: ada.png
              employer: Analytical Society
              email: ada@example.org
              github: ada
            """;

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", CONFIG)
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\nredirect_from: [/about/, /old.html]\n---\nHello.\n")
                .file("_pages/cv.md", "---\ntitle: CV\nlast_modified_at: 2025-01-02\ndescription: My CV & more.\n---\nCV.\n")
                .file("_pages/hidden.md", "---\ntitle: Hidden\nsitemap: false\n---\nx\n")
                .file("_posts/2024-05-01-first.md", "---\ntitle: First <post>\n---\nThe **first** post.\n")
                .file("_news/2025-02-01-award.md", "---\ntitle: An award\n---\nWe won.\n")
                .file("_talks/2023-01-01-talk.md", "---\ntitle: A talk\nheader:\n  teaser: /images/talk.png\n---\nx\n");
    }

    @Test
    void everyPageHasACanonicalLinkAndLinkPreviewTags() throws Exception {
        TestSite site = site();
        site.build();

        Document cv = site.page("/cv/");
        assertThat(cv.select("link[rel=canonical]").attr("href")).isEqualTo("https://ada.example.org/lab/cv/");
        assertThat(cv.select("meta[property=og:url]").attr("content")).isEqualTo("https://ada.example.org/lab/cv/");
        assertThat(cv.select("meta[property=og:title]").attr("content")).isEqualTo("CV | Ada's lab");
        assertThat(cv.select("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(cv.select("meta[property=og:description]").attr("content")).isEqualTo("My CV & more.");
        assertThat(cv.select("meta[name=description]").attr("content")).isEqualTo("My CV & more.");
        assertThat(cv.select("meta[property=og:image]").attr("content")).isEqualTo("https://ada.example.org/lab/images/ada.png");
        assertThat(cv.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(cv.select("meta[name=twitter:site]").attr("content")).isEqualTo("@ada_l");
        assertThat(cv.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/lab/feed.xml");

        Document talk = site.page("/talks/2023-01-01-talk/");
        assertThat(talk.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(talk.select("meta[property=og:image]").attr("content")).isEqualTo("https://ada.example.org/lab/images/talk.png");
        Document home = site.page("/");
        assertThat(home.select("meta[property=og:type]").attr("content")).isEqualTo("profile");
        assertThat(home.select("meta[name=description]").attr("content")).as("the site's, not the excerpt")
                .isEqualTo("Engines and notes.");
    }

    @Test
    void withoutTheSitesUrlThereIsNoCanonicalLinkNorSitemap() throws Exception {
        TestSite site = site().file("_config.yml", CONFIG.replace("url: https://ada.example.org\n", ""));
        site.build();

        assertThat(site.page("/cv/").select("link[rel=canonical], meta[property=og:url]")).isEmpty();
        assertThat(site.output().resolve("sitemap.xml")).doesNotExist();
        assertThat(site.text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
    }

    @Test
    void theHomePageDescribesItsOwnerAsAPerson() throws Exception {
        TestSite site = site();
        site.build();

        String json = site.page("/").selectFirst("script[type=application/ld+json]").data();
        Map<String, Object> person = SafeYaml.loadMap(json);
        assertThat(person).containsEntry("@type", "Person").containsEntry("name", "Ada Lovelace")
                .containsEntry("url", "https://ada.example.org/lab/")
                .containsEntry("image", "https://ada.example.org/lab/images/ada.png")
                .containsEntry("email", "mailto:ada@example.org")
                .containsEntry("sameAs", List.of("https://github.com/ada"))
                .containsEntry("affiliation", Map.of("@type", "Organization", "name", "Analytical Society"));
        assertThat(site.page("/cv/").select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void theAtomFeedHoldsPostsAndNewsNewestFirst() throws Exception {
        TestSite site = site();
        site.build();

        Document feed = Jsoup.parse(site.text("feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("feed > id").text()).isEqualTo("https://ada.example.org/lab/feed.xml");
        assertThat(feed.select("feed > updated").text()).isEqualTo("2025-02-01T00:00:00Z");
        assertThat(feed.select("entry > title").eachText()).containsExactly("An award", "First <post>");
        assertThat(feed.select("entry > link").eachAttr("href")).containsExactly(
                "https://ada.example.org/lab/news/2025-02-01-award/", "https://ada.example.org/lab/2024/05/01/first.html");
        assertThat(feed.select("entry").get(1).select("summary").text()).isEqualTo("<p>The <strong>first</strong> post.</p>");
        assertThat(site.text("feed.xml")).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .contains("<title>First &lt;post&gt;</title>");
    }

    @Test
    void theSitemapListsEveryPageButThoseLeftOut() throws Exception {
        TestSite site = site();
        site.build();

        Document sitemap = Jsoup.parse(site.text("sitemap.xml"), "", Parser.xmlParser());
        List<String> urls = sitemap.select("url > loc").eachText();
        assertThat(urls).contains("https://ada.example.org/lab/", "https://ada.example.org/lab/cv/",
                "https://ada.example.org/lab/talks/", "https://ada.example.org/lab/talks/2023-01-01-talk/")
                .doesNotContain("https://ada.example.org/lab/hidden/", "https://ada.example.org/lab/about/")
                .isSorted();
        assertThat(sitemap.select("url:has(loc:containsOwn(/lab/cv/)) lastmod").text()).isEqualTo("2025-01-02");
        assertThat(site.text("robots.txt")).isEqualTo(
                "User-agent: *\nAllow: /\nSitemap: https://ada.example.org/lab/sitemap.xml\n");
    }

    @Test
    void oldUrlsRedirectToThePage() throws Exception {
        TestSite site = site();
        site.build();

        for (String old : List.of("/about/", "/old.html")) {
            Document redirect = site.page(old);
            assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/lab/");
            assertThat(redirect.select("link[rel=canonical]").attr("href")).isEqualTo("https://ada.example.org/lab/");
            assertThat(redirect.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(redirect.select("a").attr("href")).isEqualTo("/lab/");
        }
    }

    @Test
    void aRedirectCannotLeaveTheOutputNorTakeAPagesUrl() throws Exception {
        TestSite escaping = site().file("_pages/cv.md", "---\ntitle: CV\nredirect_from: ../../x\n---\n");
        assertThat(escaping.buildFails().getMessage()).contains("_pages/cv.md", "outside the output folder");

        TestSite taking = site().file("_pages/cv.md", "---\ntitle: CV\nredirect_from: /talks/2023-01-01-talk/\n---\n");
        assertThat(taking.buildFails().getMessage()).contains("talks/2023-01-01-talk/index.html");
    }

    @Test
    void aNotFoundPageUnlessTheSiteHasItsOwn() throws Exception {
        TestSite site = site();
        site.build();
        Document notFound = site.page("/404.html");
        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
        assertThat(notFound.select("main a").attr("href")).isEqualTo("/lab/");

        site.file("404.md", "---\ntitle: Lost?\npermalink: /404.html\n---\nMine.\n").file("robots.txt", "Disallow: /x\n");
        site.build();
        assertThat(site.page("/404.html").select("h1").text()).isEqualTo("Lost?");
        assertThat(Files.readString(site.output().resolve("robots.txt"))).isEqualTo("Disallow: /x\n");
    }
}

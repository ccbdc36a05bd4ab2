package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The navigation bar from {@code _data/navigation.yml}. */
class NavigationTest {

    @TempDir
    Path folder;

    private static final String NAVIGATION = """
            main:
              - title: "About"
                url: /
              - title: "News"
                url: "#-news"
              - title: "Talks"
                url: /talks/
              - title: "CV"
                url: cv/
              - title: "Blog"
                url: https://blog.example.org/
              - title: "No URL"
              - url: /no-title/
            """;

    private TestSite site(String baseurl) throws Exception {
        return new TestSite(folder)
                .file("_config.yml", "title: Lab\nbaseurl: \"" + baseurl + "\"\n")
                .file("_data/navigation.yml", NAVIGATION)
                .file("_pages/about.md", "---\ntitle: About\npermalink: /\n---\n")
                .file("_pages/cv.md", "---\ntitle: CV\n---\n");
    }

    @Test
    void linksGetTheBaseurlAndAnchorsPointAtTheHomePage() throws Exception {
        TestSite site = site("/lab");
        site.build();

        Elements links = site.page("/cv/").select("nav.site-nav a");
        assertThat(links.eachText()).containsExactly("About", "News", "Talks", "CV", "Blog");
        assertThat(links.eachAttr("href")).containsExactly("/lab/", "/lab/#-news", "/lab/talks/", "/lab/cv/",
                "https://blog.example.org/");
    }

    @Test
    void withoutBaseurlLinksAreRootRelative() throws Exception {
        TestSite site = site("");
        site.build();

        assertThat(site.page("/").select("nav.site-nav a").eachAttr("href"))
                .containsExactly("/", "/#-news", "/talks/", "/cv/", "https://blog.example.org/");
    }

    @Test
    void theCurrentPageIsMarked() throws Exception {
        TestSite site = site("/lab");
        site.build();

        Element current = site.page("/cv/").selectFirst("nav.site-nav a[aria-current=page]");
        assertThat(current).isNotNull();
        assertThat(current.text()).isEqualTo("CV");
        assertThat(site.page("/cv/").select("nav.site-nav a[aria-current]")).hasSize(1);
    }

    @Test
    void theBaseUrlOverrideAppliesToo() throws Exception {
        TestSite site = site("/old").baseUrl("https://ada.example.org/new/");
        site.build();

        assertThat(site.page("/cv/").select("nav.site-nav a").first().attr("href")).isEqualTo("/new/");
        assertThat(site.page("/cv/").select("a.site-title").attr("href")).isEqualTo("/new/");
        assertThat(site.page("/cv/").select("link[rel=stylesheet]").attr("href")).isEqualTo("/new/assets/homepage/homepage.css");
    }

    @Test
    void noNavigationFileNoNavigation() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\n").file("_pages/cv.md", "---\ntitle: CV\n---\n");
        site.build();

        assertThat(site.page("/cv/").select("nav.site-nav")).isEmpty();
    }
}

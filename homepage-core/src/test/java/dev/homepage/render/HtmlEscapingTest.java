package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter and config text reach the page as text; script URLs never become links. */
class HtmlEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path folder;

    /** Inline scripts, but the theme's own: the one that applies the reader's theme, and JSON-LD data. */
    private static List<Element> scriptsOtherThanTheThemes(Document page) {
        return page.select("script:not([src])").stream()
                .filter(script -> !script.data().startsWith("document.documentElement.classList.add(\"js\");"
                        + "try{var t=localStorage.getItem(\"homepage-theme\")"))
                .filter(script -> !script.attr("type").equals("application/ld+json"))
                .toList();
    }

    @Test
    void aTitleWithMarkupIsShownAsText() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", "title: Lab\n")
                .file("_pages/a.md", "---\ntitle: \"" + SCRIPT + "\"\n---\nBody\n")
                .file("_talks/2020-01-01-t.md", "---\ntitle: \"<img src=x onerror=alert(2)>\"\nvenue: \"<b>V</b>\"\n---\n");
        site.build();

        Document page = site.page("/a/");
        assertThat(scriptsOtherThanTheThemes(page)).isEmpty();
        assertThat(page.select("main h1").text()).isEqualTo(SCRIPT);
        assertThat(page.title()).isEqualTo(SCRIPT + " | Lab");
        assertThat(site.text("a/index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        Document listing = site.page("/talks/");
        assertThat(listing.select("main img, main b")).isEmpty();
        assertThat(listing.select("main .archive-item-title a").text()).isEqualTo("<img src=x onerror=alert(2)>");
        assertThat(listing.select("main .archive-item-meta").text()).isEqualTo("<b>V</b>");
        Document item = site.page("/talks/2020-01-01-t/");
        assertThat(item.select("main img, main b")).isEmpty();
    }

    @Test
    void configTextIsShownAsText() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", "title: \"" + SCRIPT + "\"\ndescription: '\"><script>x</script>'\n"
                        + "author:\n  name: \"<i>Ada</i>\"\n  bio: \"" + SCRIPT + "\"\n")
                .file("_pages/a.md", "---\ntitle: A\n---\n");
        site.build();

        Document page = site.page("/a/");
        assertThat(scriptsOtherThanTheThemes(page)).isEmpty();
        assertThat(page.select("i")).isEmpty();
        assertThat(page.select(".site-title").text()).isEqualTo(SCRIPT);
        assertThat(page.select(".author-name").text()).isEqualTo("<i>Ada</i>");
        // The bio may hold the markup of text, as Jekyll themes allow; a script in it is dropped, never run.
        assertThat(page.select(".author-bio").html()).isEmpty();
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("\"><script>x</script>");
    }

    @Test
    void scriptUrlsAreNeverEmittedAsLinks() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", """
                        title: Lab
                        author:
                          name: Ada
                          avatar: "javascript:alert(1)"
                          uri: "javascript:alert(2)"
                          mastodon: " JavaScript:alert(3)"
                          pubmed: "data:text/html,<script>alert(4)</script>"
                          github: ada
                        """)
                .file("_data/navigation.yml", """
                        main:
                          - title: Evil
                            url: "javascript:alert(5)"
                          - title: Home
                            url: /
                        """)
                .file("_talks/2020-01-01-t.md", "---\ntitle: T\npaperurl: \"javascript:alert(6)\"\nslidesurl: \"vbscript:x\"\n---\n");
        site.build();

        for (String url : new String[] {"/talks/", "/talks/2020-01-01-t/"}) {
            Document page = site.page(url);
            assertThat(page.select("[href], [src]").eachAttr("abs:href")).noneMatch(href -> href.contains("alert"));
            assertThat(page.html()).doesNotContainIgnoringCase("javascript:").doesNotContain("vbscript:", "data:text");
            assertThat(page.select(".site-nav a").eachText()).containsExactly("Home");
            assertThat(page.select(".author-links a").eachAttr("href")).containsExactly("https://github.com/ada");
            assertThat(page.select(".author-avatar")).isEmpty();
        }
    }
}

package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The author sidebar built from the config's {@code author:} block. */
class AuthorProfileTest {

    @TempDir
    Path folder;

    private TestSite site(String config) throws Exception {
        return new TestSite(folder).file("_config.yml", config).file("_pages/a.md", "---\ntitle: A\n---\n");
    }

    private static final String AUTHOR = """
            title: Lab
            baseurl: /lab
            author:
              name: Ada Lovelace
              avatar: ada.png
              bio: Computes things.
              pronouns: she/her
              location: London
              employer: Analytical Engines Ltd
              email: ada@example.org
              uri: https://ada.example.org
              googlescholar: "https://scholar.google.com/citations?user=ABC"
              orcid: 0000-0002-1825-0097
              github: ada
              linkedin: ada-lovelace
              twitter: "https://x.com/ada"
              unknownservice: whatever
            """;

    @Test
    void showsTheAuthorsDetails() throws Exception {
        TestSite site = site(AUTHOR);
        site.build();

        Element profile = site.page("/a/").selectFirst("aside.author-profile");
        assertThat(profile).isNotNull();
        assertThat(profile.select(".author-name").text()).isEqualTo("Ada Lovelace");
        assertThat(profile.select(".author-pronouns").text()).isEqualTo("she/her");
        assertThat(profile.select(".author-bio").text()).isEqualTo("Computes things.");
        assertThat(profile.select(".author-location").text()).isEqualTo("London");
        assertThat(profile.select(".author-employer").text()).isEqualTo("Analytical Engines Ltd");
        assertThat(profile.select(".author-email a").attr("href")).isEqualTo("mailto:ada@example.org");
    }

    @Test
    void aBareAvatarFileNameIsInImages() throws Exception {
        TestSite site = site(AUTHOR);
        site.build();

        Element avatar = site.page("/a/").selectFirst("aside .author-avatar");
        assertThat(avatar.attr("src")).isEqualTo("/lab/images/ada.png");
        assertThat(avatar.attr("alt")).isEqualTo("Photo of Ada Lovelace");
    }

    @Test
    void anAvatarPathOrUrlIsKept() throws Exception {
        TestSite site = site("author:\n  name: Ada\n  avatar: images/photos/ada.jpg\n");
        site.build();
        assertThat(site.page("/a/").select(".author-avatar").attr("src")).isEqualTo("/images/photos/ada.jpg");

        site.file("_config.yml", "author:\n  name: Ada\n  avatar: https://cdn.example.org/ada.jpg\n").build();
        assertThat(site.page("/a/").select(".author-avatar").attr("src")).isEqualTo("https://cdn.example.org/ada.jpg");
    }

    @Test
    void linksComeFromUserNamesAndFullUrlsInAFixedOrder() throws Exception {
        TestSite site = site(AUTHOR);
        site.build();

        Element links = site.page("/a/").selectFirst("aside .author-links");
        assertThat(links.select("a").eachAttr("href")).containsExactly(
                "https://ada.example.org",
                "https://scholar.google.com/citations?user=ABC",
                "https://orcid.org/0000-0002-1825-0097",
                "https://github.com/ada",
                "https://www.linkedin.com/in/ada-lovelace",
                "https://x.com/ada");
        assertThat(links.select("a span").eachText()).containsExactly("Website", "Google Scholar", "ORCID", "GitHub",
                "LinkedIn", "X (Twitter)");
        assertThat(links.select("a").eachAttr("rel")).allMatch(rel -> rel.contains("me"));
    }

    @Test
    void academicpagesOtherProfileKeysGiveLinksToo() throws Exception {
        TestSite site = site("title: Lab\nauthor:\n  name: Ada\n  semantic: https://www.semanticscholar.org/author/42\n"
                + "  inspire: https://inspirehep.net/authors/7\n  bilibili: \"3493132471634790\"\n  xing: Ada_Lovelace\n");
        site.build();

        Element links = site.page("/a/").selectFirst("aside .author-links");
        assertThat(links.select("a").eachAttr("href")).containsExactly("https://www.semanticscholar.org/author/42",
                "https://inspirehep.net/authors/7", "https://space.bilibili.com/3493132471634790",
                "https://www.xing.com/profile/Ada_Lovelace");
        assertThat(links.select("a span").eachText()).containsExactly("Semantic Scholar", "INSPIRE", "Bilibili", "XING");
    }

    @Test
    void pagesMayHideTheProfile() throws Exception {
        TestSite site = site(AUTHOR).file("_pages/b.md", "---\ntitle: B\nauthor_profile: false\n---\n");
        site.build();

        assertThat(site.page("/b/").select("aside.author-profile")).isEmpty();
        assertThat(site.page("/a/").select("aside.author-profile")).hasSize(1);
    }

    @Test
    void noAuthorBlockNoProfile() throws Exception {
        TestSite site = site("title: Lab\n");
        site.build();

        Document page = site.page("/a/");
        assertThat(page.select("aside.author-profile")).isEmpty();
        assertThat(page.select("meta[name=author]")).isEmpty();
    }

    @Test
    void theBioMayHoldHtmlAsJekyllThemesAllow() throws Exception {
        TestSite site = site("title: Lab\nauthor:\n  name: Ada\n  bio: \"Professor<br>Director, <em>AI Centre</em>,"
                + " <a href='https://ai.example.org' onclick='x()'>site</a>\"\n")
                .file("_pages/home.md", "---\npermalink: /\n---\n");
        site.build();

        Element bio = site.page("/a/").selectFirst(".author-bio");
        assertThat(bio.select("br")).hasSize(1);
        assertThat(bio.select("em").text()).isEqualTo("AI Centre");
        assertThat(bio.select("a").outerHtml()).isEqualTo("<a href=\"https://ai.example.org\">site</a>");
        assertThat(site.page("/").select("script[type=application/ld+json]").html()).doesNotContain("<br>");
    }
}

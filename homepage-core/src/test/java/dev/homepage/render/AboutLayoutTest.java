package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.BuildReport;
import dev.homepage.Problem;
import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** al-folio's layout: about, drawn by the theme's page layout: its profile beside the text, and its latest posts. */
class AboutLayoutTest {

    @TempDir
    Path folder;

    private TestSite site(String frontMatter) throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Engine Lab\nbaseurl: /lab\n")
                .file("_pages/about.md", "---\nlayout: about\npermalink: /\ntitle: about\n" + frontMatter
                        + "---\nI build engines.\n");
        for (int day = 1; day <= 3; day++) {
            site.file("_posts/2024-05-0" + day + "-post-" + day + ".md", "---\ntitle: Post " + day + "\n---\nText.\n");
        }
        return site;
    }

    @Test
    void theProfileShowsItsPhotoAndLinesBesideTheTextAndTheLatestPostsUpToTheLimit() throws Exception {
        TestSite site = site("""
                profile:
                  align: left
                  image: me.png
                  image_circular: true
                  more_info: >
                    <p>Room 12</p>
                    <p>Engine Street 1</p>
                latest_posts:
                  enabled: true
                  limit: 2
                """);
        BuildReport report = site.build();

        Element article = site.page("/").selectFirst("article.page");
        Element aside = article.selectFirst(".profile-intro > .profile-aside.left");
        assertThat(aside.select("img.profile-image.circular").attr("src")).isEqualTo("/lab/assets/img/me.png");
        assertThat(aside.select(".profile-more-info p").eachText()).containsExactly("Room 12", "Engine Street 1");
        assertThat(article.select(".profile-intro > .page-body").text()).isEqualTo("I build engines.");
        assertThat(article.select("section.home-posts li a").eachText()).containsExactly("Post 3", "Post 2");
        assertThat(article.select("section.home-posts li a").eachAttr("href"))
                .containsExactly("/lab/2024/05/03/post-3.html", "/lab/2024/05/02/post-2.html");
        assertThat(report.warnings()).extracting(Problem::message).noneMatch(message -> message.contains("'about'"));
    }

    @Test
    void anOlderAboutPagesAddressIsItsLineAndABlankLimitShowsEveryPost() throws Exception {
        TestSite site = site("""
                profile:
                  align: right
                  address: engines at example dot org
                latest_posts:
                  enabled: true
                  limit:
                """);
        site.build();

        Element article = site.page("/").selectFirst("article.page");
        assertThat(article.select(".profile-aside.right img")).isEmpty();
        assertThat(article.select(".profile-aside.right .profile-more-info").text())
                .isEqualTo("engines at example dot org");
        assertThat(article.select("section.home-posts li a").eachText())
                .containsExactly("Post 3", "Post 2", "Post 1");
    }

    @Test
    void anAboutPageWithSocialEndsWithTheConfigsContactNoteInTheMarkupOfText() throws Exception {
        TestSite site = site("social: true\n").file("_config.yml", "title: Engine Lab\ncontact_note: >\n"
                + "  Mail is <em>best</em>.<script>steal()</script>\n");
        site.build();

        Element note = site.page("/").selectFirst("article.page > .contact-note:last-child");
        assertThat(note.text()).isEqualTo("Mail is best.");
        assertThat(note.select("em").text()).isEqualTo("best");
        assertThat(note.select("script")).isEmpty();

        site.file("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nNo icons.\n").build();
        assertThat(site.page("/").select(".contact-note")).isEmpty();
    }

    @Test
    void anAboutPageWithSocialShowsTheLinksOfSocialsYmlInItsOrderAsJekyllSocialsMakesThem() throws Exception {
        TestSite site = site("social: true\n").file("_data/socials.yml", """
                        email: ada@example.org
                        scholar_userid: qc6CJjYAAAAJ
                        github_username:
                          value: ada-engines
                          logo: fa-solid fa-gears
                        academia_edu:
                          organization: cambridge
                          username: AdaLovelace
                        cv_pdf: /assets/pdf/cv.pdf
                        rss_icon: true
                        x_username:
                        engine_club:
                          logo: https://example.org/club.png
                          title: Engine Club
                          url: https://club.example.org/ada
                        """);
        site.build();

        Elements links = site.page("/").select("article.page > ul.social-links > li > a");
        assertThat(links.eachText()).containsExactly("Email", "Google Scholar", "GitHub", "Academia.edu", "CV",
                "RSS feed", "Engine Club");
        assertThat(links.eachAttr("href")).containsExactly("mailto:ada@example.org",
                "https://scholar.google.com/citations?user=qc6CJjYAAAAJ", "https://github.com/ada-engines",
                "https://cambridge.academia.edu/AdaLovelace", "/lab/assets/pdf/cv.pdf", "/lab/feed.xml",
                "https://club.example.org/ada");
        assertThat(links.select("svg.icon")).hasSize(7);

        site.file("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nNo icons.\n").build();
        assertThat(site.page("/").select(".social-links")).isEmpty();
    }

    @Test
    void aPageWithoutProfileOrLatestPostsShowsNeither() throws Exception {
        TestSite site = site("latest_posts:\n  enabled: false\n");
        site.build();

        Element article = site.page("/").selectFirst("article.page");
        assertThat(article.select(".profile-intro, .profile-aside, section.home-posts")).isEmpty();
        assertThat(article.select(".page-body").text()).isEqualTo("I build engines.");
    }
}

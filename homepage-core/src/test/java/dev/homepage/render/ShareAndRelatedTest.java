package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What academicpages' front matter flags ask of an item page: share links, related posts, the citation line. */
class ShareAndRelatedTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", """
                title: Lab
                url: https://ada.example.org
                defaults:
                  - scope: {path: "", type: posts}
                    values: {share: true, related: true}
                """);
        for (int day = 1; day <= 6; day++) {
            site.file("_posts/2024-01-0" + day + "-p" + day + ".md", "---\ntitle: Post " + day + "\n---\nText " + day + ".\n");
        }
        return site;
    }

    @Test
    void aPostAskingForThemGetsShareLinksAndItsFourNewestNeighbours() throws Exception {
        TestSite site = site();
        site.build();

        Element post = site.page("/2024/01/03/p3.html").body();
        assertThat(post.select(".share-links a").eachText())
                .containsExactly("Bluesky", "Facebook", "LinkedIn", "Mastodon", "X (formerly Twitter)");
        assertThat(post.select(".share-links a").get(1).attr("href"))
                .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fada.example.org%2F2024%2F01%2F03%2Fp3.html");
        assertThat(post.select(".related-posts .archive-item-title").eachText())
                .containsExactly("Post 6", "Post 5", "Post 4", "Post 2");
        assertThat(post.select(".related-posts .archive-item-meta").first().text()).isEqualTo("Published: January 06, 2024");
    }

    @Test
    void withoutTheFlagsThereIsNeither() throws Exception {
        TestSite site = site().file("_config.yml", "title: Lab\n");
        site.build();

        Element post = site.page("/2024/01/03/p3.html").body();
        assertThat(post.select(".share")).isEmpty();
        assertThat(post.select(".related-posts")).isEmpty();
    }

    @Test
    void aCitationLineFollowsTheText() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\n")
                .file("_talks/2024-01-01-talk.md", "---\ntitle: A talk\ncitation: 'Lovelace, A. (2024). <i>A talk</i>.'\n---\nAbstract.\n");
        site.build();

        Element talk = site.page("/talks/2024-01-01-talk/").body();
        assertThat(talk.select(".item-citation").text()).isEqualTo("Recommended citation: Lovelace, A. (2024). A talk.");
        assertThat(talk.select(".item-header .citation")).isEmpty();
    }

    @Test
    void alFoliosRelatedPostsAreTheNewestTitles() throws Exception {
        TestSite site = site().file("_config.yml", "title: Lab\nrelated_blog_posts:\n  enabled: true\n  max_related: 2\n")
                .file("_posts/2024-01-05-p5.md", "---\ntitle: Post 5\nrelated_posts: false\n---\nText 5.\n");
        site.build();

        Element post = site.page("/2024/01/03/p3.html").body();
        assertThat(post.select(".related-posts h2").text()).isEqualTo("Enjoy Reading This Article?");
        assertThat(post.select(".related-posts li").eachText()).containsExactly("Post 6", "Post 5");
        assertThat(site.page("/2024/01/05/p5.html").select(".related-posts")).isEmpty();
    }

    @Test
    void aPostWithCitationTrueTellsHowToCiteItAsAlFolioDoes() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", "title: Ada's Lab\nurl: https://ada.example.org\nfirst_name: Ada\nlast_name: Lovelace\n")
                .file("_posts/2024-04-02-notes.md", "---\ntitle: Notes on engines\ncitation: true\n---\nText.\n");
        site.build();

        Element cite = site.page("/2024/04/02/notes.html").selectFirst(".cite-post");
        assertThat(cite.select("blockquote").text())
                .isEqualTo("Lovelace, Ada (Apr 2024). Notes on engines. Ada's Lab. https://ada.example.org.");
        assertThat(cite.select("pre code").text()).startsWith("@article{lovelace2024notes-on-engines,")
                .contains("url     = {https://ada.example.org/2024/04/02/notes.html}");
        assertThat(site.page("/2024/04/02/notes.html").select(".item-citation")).isEmpty();
    }

    @Test
    void aPostWithReadTimeSaysHowLongItTakesToReadAsAcademicpagesCountsIt() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", """
                title: Lab
                words_per_minute: 160
                defaults:
                  - scope: {path: "", type: posts}
                    values: {read_time: true, related: true}
                """)
                .file("_posts/2024-01-01-short.md", "---\ntitle: Short\n---\n" + "word ".repeat(179) + "\n")
                .file("_posts/2024-01-02-medium.md", "---\ntitle: Medium\n---\n<b>bold</b> " + "word ".repeat(179) + "\n")
                .file("_posts/2024-01-03-long.md", "---\ntitle: Long\n---\n" + "word ".repeat(800) + "\n")
                .file("_posts/2024-01-04-untimed.md", "---\ntitle: Untimed\nread_time: false\n---\nText.\n");
        site.build();

        assertThat(site.page("/2024/01/01/short.html").select(".item-read-time").text())
                .isEqualTo("less than 1 minute read");
        assertThat(site.page("/2024/01/02/medium.html").select(".item-read-time").text()).isEqualTo("1 minute read");
        assertThat(site.page("/2024/01/03/long.html").select(".item-read-time").text())
                .as("800 words at 160 a minute").isEqualTo("5 minute read");
        assertThat(site.page("/2024/01/04/untimed.html").select(".item-read-time")).isEmpty();
        assertThat(site.page("/posts/").select("main .archive-item-meta").eachText())
                .containsExactly("5 minute read", "1 minute read", "less than 1 minute read");
        assertThat(site.page("/2024/01/04/untimed.html").select(".related-posts .archive-item-meta").eachText())
                .contains("5 minute read", "1 minute read", "less than 1 minute read");
    }
}

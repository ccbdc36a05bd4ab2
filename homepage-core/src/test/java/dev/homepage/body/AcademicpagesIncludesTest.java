package dev.homepage.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The academicpages listing pages work without the theme's {@code _includes/}, through the built-in includes. */
class AcademicpagesIncludesTest {

    @TempDir
    Path folder;

    @Test
    void talksPageLoopingReversedShowsTalksNewestFirst() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", "title: Lab\nbaseurl: /lab\n")
                .file("_talks/2019-04-01-oldest.md", "---\ntitle: Oldest talk\ntype: Talk\nvenue: Uni A\nlocation: Oslo, Norway\n---\nOld.\n")
                .file("_talks/2023-10-10-newest.md", "---\ntitle: Newest talk\ntype: Keynote\nvenue: Conf C\n---\nNew.\n")
                .file("_talks/2021-06-15-middle.md", "---\ntitle: Middle talk\n---\nMid.\n")
                .file("_pages/talks.html", """
                        ---
                        layout: archive
                        title: "Talks and presentations"
                        permalink: /talks/
                        author_profile: true
                        ---

                        {% if site.talkmap_link == true %}
                        <p style="text-decoration:underline;"><a href="/talkmap.html">See a map</a></p>
                        {% endif %}

                        {% for post in site.talks reversed %}
                          {% include archive-single-talk.html %}
                        {% endfor %}
                        """);
        site.build();

        Element body = site.body("/talks/");
        Elements items = body.select("article.archive-item");
        assertThat(items.select(".archive-item-title a").eachText())
                .containsExactly("Newest talk", "Middle talk", "Oldest talk");
        assertThat(items.select(".archive-item-title a").eachAttr("href"))
                .containsExactly("/lab/talks/2023-10-10-newest/", "/lab/talks/2021-06-15-middle/", "/lab/talks/2019-04-01-oldest/");
        assertThat(items.get(0).select("time").attr("datetime")).isEqualTo("2023-10-10");
        assertThat(items.get(0).select("time").text()).isEqualTo("October 10, 2023");
        assertThat(items.get(0).select(".archive-item-meta").text()).isEqualTo("Keynote, Conf C");
        assertThat(items.get(2).select(".archive-item-meta").text()).isEqualTo("Talk, Uni A, Oslo, Norway");
        assertThat(items.get(1).select(".archive-item-meta")).isEmpty();
        assertThat(items.get(2).select(".archive-item-excerpt").text()).isEqualTo("Old.");
        assertThat(body.text()).doesNotContain("See a map");
    }

    @Test
    void publicationsPageWithArchiveSingleAndBasePath() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", "title: Lab\n")
                .file("_publications/2020-01-01-paper-a.md", "---\ntitle: Paper A\nvenue: JMLR\ncitation: 'Ada (2020). Paper A.'\npaperurl: https://x.org/a.pdf\n---\n")
                .file("_publications/2022-01-01-paper-b.md", "---\ntitle: Paper B\n---\nAbstract B.\n")
                .file("_pages/publications.md", """
                        ---
                        title: Publications
                        permalink: /publications/
                        ---
                        {% include base_path %}
                        [All as BibTeX]({{ base_path }}/files/all.bib)

                        {% for post in site.publications reversed %}
                          {% include archive-single.html %}
                        {% endfor %}
                        """);
        site.build();

        Element body = site.body("/publications/");
        assertThat(body.select("article .archive-item-title a").eachText()).containsExactly("Paper B", "Paper A");
        assertThat(body.select("a:contains(All as BibTeX)").attr("href")).isEqualTo("/files/all.bib");
        assertThat(body.select("article").get(1).select(".citation").text()).isEqualTo("Ada (2020). Paper A.");
        assertThat(body.select("article").get(1).select("a:contains(Paper)").last().attr("href")).isEqualTo("https://x.org/a.pdf");
    }

    @Test
    void authorProfileIncludeRendersNothing() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", "title: Lab\n")
                .file("_pages/a.html", "---\ntitle: A\n---\n[{% include author-profile.html %}]");
        site.build();

        assertThat(site.body("/a/").text()).isEqualTo("[]");
    }
}

package dev.homepage.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Liquid sees as {@code site} and {@code page} in a built site. */
class LiquidVariablesTest {

    @TempDir
    Path folder;

    private TestSite site;

    @BeforeEach
    void writeSite() throws Exception {
        site = new TestSite(folder)
                .file("_config.yml", """
                        title: "Ada's Lab"
                        url: https://ada.example.org
                        baseurl: /lab
                        timezone: Europe/Dublin
                        author:
                          name: Ada Lovelace
                        """)
                .file("_talks/2021-05-05-middle.md", "---\ntitle: Middle\nvenue: ICML\n---\nMiddle *talk* body.\n")
                .file("_talks/2020-01-01-oldest.md", "---\ntitle: Oldest\n---\nOldest body.\n")
                .file("_talks/2023-09-09-newest.md", "---\ntitle: Newest\n---\nNewest body.\n")
                .file("_posts/2020-02-02-first.md", "---\ntitle: First post\n---\nfirst\n")
                .file("_posts/2024-02-02-latest.md", "---\ntitle: Latest post\n---\nlatest\n")
                .file("_data/people.yml", "- name: Grace\n  role: student\n")
                .file("_data/lab/funding.yml", "agency: NSF\n");
    }

    private String body(String liquid) throws Exception {
        site.file("_pages/probe.html", "---\ntitle: Probe <page>\npermalink: /probe/\nvenue: Home\n---\n" + liquid);
        site.build();
        return site.body("/probe/").html().strip();
    }

    @Test
    void siteHoldsTheConfig() throws Exception {
        assertThat(body("{{ site.title }}|{{ site.url }}|{{ site.baseurl }}|{{ site.author.name }}"))
                .isEqualTo("Ada's Lab|https://ada.example.org|/lab|Ada Lovelace");
    }

    @Test
    void pageHoldsItsFrontMatterAndUrl() throws Exception {
        assertThat(body("{{ page.title | xml_escape }}|{{ page.url }}|{{ page.venue }}|{{ page.path }}"))
                .isEqualTo("Probe &lt;page&gt;|/probe/|Home|_pages/probe.html");
    }

    @Test
    void collectionsAreOldestFirstAsInJekyll() throws Exception {
        assertThat(body("{% for t in site.talks %}{{ t.title }};{% endfor %}")).isEqualTo("Oldest;Middle;Newest;");
    }

    @Test
    void postsAreNewestFirst() throws Exception {
        assertThat(body("{% for p in site.posts %}{{ p.title }};{% endfor %}")).isEqualTo("Latest post;First post;");
    }

    @Test
    void collectionItemsCarryUrlDateCollectionAndRenderedContent() throws Exception {
        String out = body("{% assign t = site.talks[1] %}{{ t.url }}|{{ t.collection }}|{{ t.date | date: '%Y-%m-%d' }}"
                + "|{{ t.slug }}|{{ t.venue }}|{{ t.content | strip }}");

        assertThat(out).isEqualTo("/talks/2021-05-05-middle/|talks|2021-05-05|middle|ICML|<p>Middle <em>talk</em> body.</p>");
    }

    @Test
    void dataFilesAreUnderSiteData() throws Exception {
        assertThat(body("{{ site.data.people[0].name }}|{{ site.data.people.size }}|{{ site.data.lab.funding.agency }}"))
                .isEqualTo("Grace|1|NSF");
    }

    @Test
    void pagesAreListed() throws Exception {
        site.file("_pages/cv.md", "---\ntitle: CV\n---\n");

        assertThat(body("{% for p in site.pages %}{{ p.url }};{% endfor %}")).isEqualTo("/cv/;/probe/;");
    }

    @Test
    void itemsSeeTheSiteToo() throws Exception {
        site.file("_talks/2022-02-02-self.md", "---\ntitle: Self\n---\n{{ site.talks.size }} talks on {{ site.title }}\n");
        site.build();

        assertThat(site.body("/talks/2022-02-02-self/").text()).isEqualTo("4 talks on Ada’s Lab");
    }

    @Test
    void unpublishedItemsAreNotInTheirCollection() throws Exception {
        site.file("_talks/2022-02-02-draft.md", "---\ntitle: Draft\npublished: false\n---\n");

        assertThat(body("{% for t in site.talks %}{{ t.title }};{% endfor %}")).isEqualTo("Oldest;Middle;Newest;");
    }

    @Test
    void collectionsAreListedWithTheirLabelsAndDocuments() throws Exception {
        assertThat(body("{% for c in site.collections %}{{ c.label }}={{ c.docs.size }},{{ c.output }};{% endfor %}"))
                .isEqualTo("posts=2,true;talks=3,true;");
        assertThat(body("{{ site.documents.size }}")).isEqualTo("5");
    }

    @Test
    void postsAreListedByCategoryAndTagNewestFirst() throws Exception {
        site.file("_posts/2022-02-02-middle.md", "---\ntitle: Middle post\ncategories: [notes]\ntags: ml vision\n---\n")
                .file("_posts/2023-02-02-later.md", "---\ntitle: Later post\ncategory: notes\ntags: [ml]\n---\n");

        assertThat(body("{% for c in site.categories %}{{ c[0] }}:{% for p in c[1] %}{{ p.title }},{% endfor %};{% endfor %}"
                + "|{{ site.tags.ml | map: 'title' | join: ',' }}|{{ site.tags.vision.size }}"))
                .isEqualTo("notes:Later post,Middle post,;|Later post,Middle post|1");
    }

    @Test
    void aPostKnowsTheOlderAndNewerOnes() throws Exception {
        site.file("_posts/2022-02-02-middle.md", "---\ntitle: Middle post\n---\n"
                + "[{{ page.previous.title }}|{{ page.next.title }}|{{ page.next.url }}]\n");
        site.build();

        assertThat(site.body("/2022/02/02/middle.html").text())
                .isEqualTo("[First post|Latest post|/2024/02/02/latest.html]");
    }

    @Test
    void htmlPagesAndStaticFilesAreListed() throws Exception {
        site.file("files/cv.pdf", "%PDF\n");

        assertThat(body("{% for p in site.html_pages %}{{ p.url }};{% endfor %}|"
                + "{% for f in site.static_files %}{{ f.path }} {{ f.extname }} {{ f.basename }};{% endfor %}"))
                .isEqualTo("/probe/;|/files/cv.pdf .pdf cv;");
    }

    @Test
    void siteTimeIsTheConfigsTimeAndDatesAnUndatedItem() throws Exception {
        site.file("_config.yml", "title: Lab\ntime: 2024-06-01 10:00:00 +0000\ncollections:\n  projects:\n    output: true\n")
                .file("_projects/undated.md", "---\ntitle: Undated\n---\n");

        assertThat(body("{{ site.time | date: '%Y-%m-%d' }}|{{ site.projects[0].date | date: '%Y-%m-%d' }}"))
                .isEqualTo("2024-06-01|2024-06-01");
    }
}

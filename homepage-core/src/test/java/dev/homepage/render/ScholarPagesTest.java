package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** al-folio's pages with jekyll-scholar's tags get the papers they choose, drawn as the theme draws papers. */
class ScholarPagesTest {

    @TempDir
    Path folder;

    @Test
    void aBibliographyTagShowsTheChosenPapersUnderTheirYears() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", "title: Lab\nauthor:\n  name: Tessa Halvorsen\nscholar:\n  group_by: year\n")
                .file("_bibliography/papers.bib", """
                        @article{ice2021, title={Sea ice and sensors}, author={Halvorsen, Tessa and Brekke, Jonas},
                          journal={Polar Research}, year={2021}, selected={true}, abbr={PR}}
                        @inproceedings{gaps2023, title={Filling gaps}, author={Brekke, Jonas}, booktitle={ICML},
                          year={2023}}
                        @article{drift2024, title={Drift}, author={Halvorsen, Tessa}, journal={Nature}, year={2024},
                          selected={true}}
                        """)
                .file("_pages/publications.md", """
                        ---
                        title: Publications
                        permalink: /publications/
                        ---
                        <div class="publications">
                        {% bibliography -f papers --query @*[selected=true]* %}
                        </div>
                        """);
        site.build();

        Element body = site.body("/publications/");
        assertThat(body.select(".bibliography h2").eachText()).containsExactly("2024", "2021");
        assertThat(body.select(".bibliography article.paper .paper-title").eachText())
                .containsExactly("Drift", "Sea ice and sensors");
        assertThat(body.select("#paper-ice2021 .paper-badge").text()).isEqualTo("PR");
        assertThat(body.select("#paper-ice2021 .paper-author-self").text()).isEqualTo("Tessa Halvorsen");
        assertThat(body.html()).doesNotContain("homepage:papers");
    }

    @Test
    void aPostCitesAndListsWhatItCited() throws Exception {
        TestSite site = new TestSite(folder)
                .file("_config.yml", "title: Lab\n")
                .file("_bibliography/papers.bib", """
                        @article{ice2021, title={Sea ice and sensors}, author={Halvorsen, Tessa}, year={2021}}
                        @article{drift2024, title={Drift}, author={Halvorsen, Tessa}, year={2024}}
                        """)
                .file("_posts/2024-05-01-notes.md", """
                        ---
                        title: Notes
                        ---
                        As shown before {% cite ice2021 %}.

                        {% bibliography --cited --group_by none %}
                        """);
        site.build();

        Element body = site.body("/2024/05/01/notes.html");
        assertThat(body.select("a.citation").text()).isEqualTo("Halvorsen, 2021");
        assertThat(body.select("a.citation").attr("href")).isEqualTo("#paper-ice2021");
        assertThat(body.select("article.paper .paper-title").eachText()).containsExactly("Sea ice and sensors");
    }
}

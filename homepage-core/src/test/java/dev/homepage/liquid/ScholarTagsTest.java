package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jekyll-scholar's tags choose entries of _bibliography/ as jekyll-scholar does, and cite them as APA does. */
class ScholarTagsTest {

    @TempDir
    Path source;

    @BeforeEach
    void bibliography() throws Exception {
        Files.createDirectories(source.resolve("_bibliography"));
        Files.writeString(source.resolve("_bibliography/papers.bib"), """
                @article{solo2021, title={Alone}, author={Brekke, Jonas}, year={2021}, selected={true}}
                @inproceedings{pair2023, title={Together}, author={Jonas Brekke and Tessa Halvorsen}, year={2023}}
                @article{many2024, title={Crowd}, author={A, B and C, D and E, F}, year={2024}, selected={true}}
                """, StandardCharsets.UTF_8);
        Files.writeString(source.resolve("_bibliography/other.bib"), """
                @misc{note2020, title={A note}, author={Halvorsen, Tessa}, year={2020}}
                """, StandardCharsets.UTF_8);
    }

    private String render(String template) throws Exception {
        return new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer()).render(template,
                Map.of("site", Map.of("scholar", Map.of("group_by", "year")), "page", Map.of()), note -> { });
    }

    @Test
    void bibliographyLeavesTheChosenKeysForTheTheme() throws Exception {
        assertThat(render("{% bibliography %}"))
                .isEqualTo("<!--homepage:papers year note2020,solo2021,pair2023,many2024 -->");
        assertThat(render("{% bibliography -f papers --query @*[selected=true]* --group_by none %}"))
                .isEqualTo("<!--homepage:papers all solo2021,many2024 -->");
        assertThat(render("{% assign y = 2023 %}{% bibliography -f papers -q @*[year={{ y }}]* %}"))
                .isEqualTo("<!--homepage:papers year pair2023 -->");
        assertThat(render("{% bibliography -q @article %}")).isEqualTo("<!--homepage:papers year solo2021,many2024 -->");
    }

    @Test
    void theMarkerReadsBackAsTheList() {
        var marker = PaperList.MARKER.matcher("<div><!--homepage:papers all a,b --></div>");

        assertThat(marker.find()).isTrue();
        assertThat(PaperList.of(marker)).isEqualTo(new PaperList(false, List.of("a", "b")));
    }

    @Test
    void bibliographyCountCountsWhatTheSameOptionsChoose() throws Exception {
        assertThat(render("{% bibliography_count -f papers %}|{% bibliography_count -q @*[year>=2023] %}"))
                .isEqualTo("3|2");
    }

    @Test
    void citeWritesAuthorsAndYearLinkedToTheEntry() throws Exception {
        assertThat(render("{% cite solo2021 %} {% cite pair2023 many2024 %}")).isEqualTo(
                "(<a class=\"citation\" href=\"#paper-solo2021\">Brekke, 2021</a>)"
                        + " (<a class=\"citation\" href=\"#paper-pair2023\">Brekke &amp; Halvorsen, 2023</a>;"
                        + " <a class=\"citation\" href=\"#paper-many2024\">A et al., 2024</a>)");
    }

    @Test
    void citedOnlyListsWhatThePageCited() throws Exception {
        assertThat(render("{% cite many2024 %}{% bibliography --cited %}"))
                .endsWith("<!--homepage:papers year many2024 -->");
    }

    @Test
    void quoteAndReference() throws Exception {
        assertThat(render("{% quote solo2021 %}To be.{% endquote %}")).isEqualTo("<blockquote class=\"scholar-quote\">"
                + "To be.<cite>(<a class=\"citation\" href=\"#paper-solo2021\">Brekke, 2021</a>)</cite></blockquote>");
        assertThat(render("{% reference pair2023 %}")).isEqualTo("<!--homepage:papers all pair2023 -->");
    }
}

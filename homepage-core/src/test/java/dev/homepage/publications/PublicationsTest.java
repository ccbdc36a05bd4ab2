package dev.homepage.publications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import dev.homepage.config.SafeYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publications from Markdown files and BibTeX entries, merged, and how the theme shows them. */
class PublicationsTest {

    private static final String CONFIG = """
            title: Lab
            url: https://ada.example.org
            baseurl: /lab
            author:
              name: Ada Lovelace
              aliases: [A. Lovelace]
            """;

    private static final String BIBLIOGRAPHY = """
            @string{jmlr = {Journal of Machine Learning Research}}

            @article{lovelace2024engines,
              title = {Analytical Engines for {B}ayesian Inference},
              author = {Lovelace, Ada* and Babbage, Charles* and Somerville, Mary#},
              journal = jmlr,
              year = {2024},
              month = {mar},
              abbr = {JMLR},
              abstract = {We show <that> engines compute & infer.},
              pdf = {engines.pdf},
              code = {https://github.com/ada/engines},
              doi = {10.1000/engines},
              selected = {true},
              award = {Best Paper},
              google_scholar_id = {qyhmnyLat1gC},
            }

            @inproceedings{lovelace2023notes,
              title = {Notes on the Sketch of the Engine},
              author = {A. Lovelace and Luigi Menabrea},
              booktitle = {Proceedings of the Royal Society},
              year = {2023},
            }

            @misc{goedel2020,
              title = {G{\\"o}del's Reply},
              author = {Kurt G{\\"o}del},
              year = {2020},
            }
            """;

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", CONFIG)
                .file("_bibliography/papers.bib", BIBLIOGRAPHY)
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\nHello.\n")
                .file("_publications/2023-05-01-notes.md", """
                        ---
                        title: "Notes on the sketch of the engine"
                        venue: "Royal Society"
                        slidesurl: files/notes-slides.pdf
                        ---
                        The notes *themselves*.
                        """)
                .file("_data/citations.yml", "papers:\n  lovelace2023notes: 12\n")
                .file("gs_data.json", """
                        {"citedby": 99, "publications": {"AbCdEf:qyhmnyLat1gC": {"num_citations": 40}}}
                        """);
    }

    @Test
    void bibTeXEntriesAndMarkdownFilesMakeOneNewestFirstList() throws Exception {
        TestSite site = site();
        site.build();

        Document listing = site.page("/publications/");
        assertThat(listing.select("main .paper-title").eachText()).containsExactly(
                "Analytical Engines for Bayesian Inference", "Notes on the sketch of the engine", "Gödel’s Reply");
        assertThat(listing.select("main h2.year-heading").eachText()).containsExactly("2024", "2023", "2020");
        Element notes = listing.selectFirst("#paper-lovelace2023notes");
        assertThat(notes.select(".paper-title a").attr("href")).isEqualTo("/lab/publications/2023-05-01-notes/");
        assertThat(notes.select(".paper-venue").text()).isEqualTo("Royal Society, 2023");
        assertThat(notes.select(".paper-link--slides").attr("href")).isEqualTo("/lab/files/notes-slides.pdf");
    }

    @Test
    void theOwnerIsHighlightedAndMarksAreShown() throws Exception {
        TestSite site = site();
        site.build();

        Element engines = site.page("/publications/").selectFirst("#paper-lovelace2024engines");
        assertThat(engines.select(".paper-authors").text())
                .isEqualTo("Ada Lovelace*, Charles Babbage*, Mary Somerville†");
        assertThat(engines.select(".paper-author-self").eachText()).containsExactly("Ada Lovelace");
        assertThat(engines.select("sup[title=Equal contribution]")).hasSize(2);
        assertThat(engines.select("sup[title=Corresponding author]")).hasSize(1);
        Element notes = site.page("/publications/").selectFirst("#paper-lovelace2023notes");
        assertThat(notes.select(".paper-author-self").eachText()).containsExactly("A. Lovelace");
    }

    @Test
    void badgeAwardLinksAndAFoldedAbstract() throws Exception {
        TestSite site = site();
        site.build();

        Element engines = site.page("/publications/").selectFirst("#paper-lovelace2024engines");
        assertThat(engines.select(".paper-badge").text()).isEqualTo("JMLR");
        assertThat(engines.select(".paper-award").text()).isEqualTo("Award: Best Paper");
        assertThat(engines.select(".paper-links a").eachAttr("href")).containsExactly(
                "/lab/assets/pdf/engines.pdf", "https://github.com/ada/engines", "https://doi.org/10.1000/engines",
                "/lab/publications/lovelace2024engines.bib");
        assertThat(engines.select("details.paper-abstract summary").text()).isEqualTo("Abstract");
        assertThat(engines.select("details.paper-abstract p").text()).isEqualTo("We show <that> engines compute & infer.");
        assertThat(engines.select(".paper-venue").text()).isEqualTo("Journal of Machine Learning Research, 2024");
    }

    @Test
    void eachPaperHasABibTeXFileWithoutTheSitesOwnFields() throws Exception {
        TestSite site = site();
        site.build();

        String engines = site.text("publications/lovelace2024engines.bib");
        assertThat(engines).startsWith("@article{lovelace2024engines,\n")
                .contains("title = {Analytical Engines for {B}ayesian Inference}")
                .contains("journal = {Journal of Machine Learning Research}")
                .doesNotContain("abbr", "selected", "google_scholar_id", "engines.pdf");
        assertThat(site.text("publications/goedel2020.bib")).contains("author = {Kurt G{\\\"o}del}");
    }

    @Test
    void aMarkdownOnlyPaperGetsABibTeXFileFromItsFrontMatter() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", CONFIG).file("_publications/2021-01-01-x.md",
                "---\ntitle: Solo\nvenue: Nature\nauthors: [Ada Lovelace, Mary Somerville]\ncategory: manuscripts\n---\n");
        site.build();

        assertThat(site.text("publications/2021-01-01-x.bib")).isEqualTo("""
                @article{2021-01-01-x,
                  title = {Solo},
                  author = {Ada Lovelace and Mary Somerville},
                  journal = {Nature},
                  year = {2021},
                }
                """);
    }

    @Test
    void theVenueIsNotRepeatedUnderACitationLineThatNamesIt() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", CONFIG)
                .file("_publications/2021-01-01-moths.md", "---\ntitle: Moths\nvenue: Journal of Moths\n"
                        + "citation: 'A. Quill (2021). Moths. Journal of Moths, 3(1).'\n---\n")
                .file("_publications/2022-01-01-bats.md", "---\ntitle: Bats\nvenue: Journal of Bats\n"
                        + "authors: [A. Quill]\n---\n");
        site.build();

        Document page = site.page("/publications/");
        assertThat(page.select("#paper-2021-01-01-moths").text()).containsOnlyOnce("Journal of Moths");
        assertThat(page.select("#paper-2022-01-01-bats .paper-venue").text()).isEqualTo("Journal of Bats, 2022");
    }

    @Test
    void theBibTeXFileOfAMarkdownPaperLinksItsPdfByItsFullAddress() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "url: https://ada.github.io\nbaseurl: /lab\n")
                .file("_publications/2021-01-01-x.md", "---\ntitle: Solo\npaperurl: /files/solo.pdf\n---\n")
                .file("files/solo.pdf", "%PDF-1.4\n");
        site.build();

        assertThat(site.text("publications/2021-01-01-x.bib")).contains("  url = {https://ada.github.io/lab/files/solo.pdf},\n");
    }

    @Test
    void aPaperKnownFromBibTeXAloneGetsAPageWithTheTagsScholarIndexes() throws Exception {
        TestSite site = site();
        site.build();

        Document page = site.page("/publications/lovelace2024engines/");
        assertThat(page.select("h1").text()).isEqualTo("Analytical Engines for Bayesian Inference");
        assertThat(page.select("meta[name=citation_title]").attr("content"))
                .isEqualTo("Analytical Engines for Bayesian Inference");
        assertThat(page.select("meta[name=citation_author]").eachAttr("content"))
                .containsExactly("Ada Lovelace", "Charles Babbage", "Mary Somerville");
        assertThat(page.select("meta[name=citation_publication_date]").attr("content")).isEqualTo("2024/03/01");
        assertThat(page.select("meta[name=citation_journal_title]").attr("content"))
                .isEqualTo("Journal of Machine Learning Research");
        assertThat(page.select("meta[name=citation_pdf_url]").attr("content"))
                .isEqualTo("https://ada.example.org/lab/assets/pdf/engines.pdf");
        Element notesHead = site.page("/publications/2023-05-01-notes/").head();
        assertThat(notesHead.select("meta[name=citation_conference_title]").attr("content")).isEqualTo("Royal Society");
    }

    @Test
    void theScholarlyArticleIsJsonThatCannotCloseItsScript() throws Exception {
        TestSite site = site();
        site.build();

        Element script = site.page("/publications/lovelace2024engines/").selectFirst("script[type=application/ld+json]");
        assertThat(script.data()).doesNotContain("<", "&quot;");
        Map<String, Object> article = SafeYaml.loadMap(script.data());
        assertThat(article).containsEntry("@type", "ScholarlyArticle")
                .containsEntry("headline", "Analytical Engines for Bayesian Inference")
                .containsEntry("abstract", "We show <that> engines compute & infer.")
                .containsEntry("url", "https://ada.example.org/lab/publications/lovelace2024engines/");
        assertThat((List<?>) article.get("author")).hasSize(3);
    }

    @Test
    void citationCountsComeFromTheSitesFilesWithoutNetwork() throws Exception {
        TestSite site = site();
        site.build();

        Document listing = site.page("/publications/");
        assertThat(listing.select("#paper-lovelace2024engines .paper-citations").text()).isEqualTo("Cited by 40");
        assertThat(listing.select("#paper-lovelace2023notes .paper-citations").text()).isEqualTo("Cited by 12");
        assertThat(listing.select("#paper-goedel2020 .paper-citations")).isEmpty();
        assertThat(listing.select(".citations-total").text()).isEqualTo("Cited 99 times in all.");
    }

    @Test
    void selectedPublicationsAreListedOnTheHomePage() throws Exception {
        TestSite site = site();
        site.build();

        Element selected = site.page("/").selectFirst("section.selected-publications");
        assertThat(selected.select("h2").text()).isEqualTo("Selected publications");
        assertThat(selected.select(".paper-title").eachText()).containsExactly("Analytical Engines for Bayesian Inference");
        assertThat(site.page("/publications/").select("section.selected-publications")).isEmpty();
    }

    @Test
    void publicationsCanBeGroupedByCategory() throws Exception {
        TestSite site = site().file("_config.yml", CONFIG + """
                publications:
                  group_by: category
                publication_category:
                  conferences:
                    title: Conference Papers
                """);
        site.build();

        Document listing = site.page("/publications/");
        assertThat(listing.select("main h2.year-heading").eachText())
                .containsExactly("Conference Papers", "Journal Articles", "Other");
        assertThat(listing.select("section.year-group").get(0).select(".paper-title").eachText())
                .containsExactly("Notes on the sketch of the engine");
    }

    @Test
    void aPaperWhoseFileGetsNoPageHasNone() throws Exception {
        TestSite site = site().file("_config.yml", CONFIG + "collections:\n  publications:\n    output: false\n");
        site.build();

        assertThat(site.page("/").select("h1").text()).isEqualTo("About");
        assertThat(site.page("/publications/").select(".paper-title").eachText())
                .contains("Notes on the sketch of the engine");
    }

    @Test
    void aKeyInTwoBibliographyFilesIsOnePaper() throws Exception {
        TestSite site = site().file("_bibliography/selected.bib", """
                @misc{goedel2020, title = {G{\\"o}del's Reply}, author = {Kurt G{\\"o}del}, year = {2020}}
                """);
        site.build();

        assertThat(site.page("/publications/").select(".paper-title").eachText()).containsOnlyOnce("Gödel’s Reply");
    }
}

package dev.homepage.publications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publication list's filters: every paper is in the page with its year, type, topics and whether the site's
 * owner is its first author, and the filters offer what the papers have.
 */
class PublicationFiltersTest {

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", "title: Lab\nauthor:\n  name: Ada Lovelace\n")
                .file("_publications/2024-05-01-engines.md", """
                        ---
                        title: On Engines
                        date: 2024-05-01
                        category: conferences
                        venue: Conference on Engines
                        authors: [Ada Lovelace, Charles Babbage]
                        keywords: [engines, computing]
                        ---
                        """)
                .file("_publications/2025-01-01-looms.md", """
                        ---
                        title: Looms as Programs
                        date: 2025-01-01
                        category: manuscripts
                        venue: arXiv preprint
                        authors: [Charles Babbage*, Ada Lovelace*, Mary Somerville]
                        tags: looms, computing
                        ---
                        """)
                .file("_bibliography/papers.bib", """
                        @article{lovelace1843notes,
                          title = {Notes on the Engine},
                          author = {Babbage, Charles and Lovelace, Ada},
                          journal = {Scientific Memoirs},
                          year = {1843},
                          keywords = {engines; translation},
                        }
                        @phdthesis{lovelace1840thesis,
                          title = {On Numbers},
                          author = {Lovelace, Ada},
                          school = {University of London},
                          year = {1840},
                        }
                        """);
    }

    @Test
    void everyPaperCarriesItsYearTypeTopicsAndFirstAuthorship() throws Exception {
        TestSite site = site();
        site.build();

        Document listing = site.page("/publications/");
        assertThat(listing.select("main .paper")).hasSize(4);
        assertPaper(listing, "On Engines", "2024", "conference", "engines|computing", true);
        assertPaper(listing, "Looms as Programs", "2025", "preprint", "looms|computing", true);
        assertPaper(listing, "Notes on the Engine", "1843", "journal", "engines|translation", false);
        assertPaper(listing, "On Numbers", "1840", "thesis", null, true);
    }

    @Test
    void theFiltersOfferTheYearsTypesAndTopicsThePapersHave() throws Exception {
        TestSite site = site();
        site.build();

        Element filters = site.page("/publications/").selectFirst("main form.paper-filters");
        assertThat(filters.select("select[name=year] option").eachAttr("value"))
                .containsExactly("", "2025", "2024", "1843", "1840");
        assertThat(filters.select("select[name=type] option").eachText()).containsExactly("All types",
                "Journal articles", "Conference papers", "Preprints", "Theses");
        assertThat(filters.select("select[name=type] option").eachAttr("value"))
                .containsExactly("", "journal", "conference", "preprint", "thesis");
        assertThat(filters.select("select[name=topic] option").eachAttr("value"))
                .containsExactly("", "computing", "engines", "looms", "translation");
        assertThat(filters.select("input[type=checkbox][name=first-author]")).hasSize(1);
        for (Element field : filters.select("select, input")) {
            assertThat(filters.select("label[for=" + field.id() + "]")).as("the label of %s", field.id()).hasSize(1);
        }
    }

    @Test
    void withoutTopicsOrFirstAuthoredPapersThoseFiltersAreLeftOut() throws Exception {
        TestSite site = new TestSite(folder).file("_config.yml", "title: Lab\nauthor:\n  name: Ada Lovelace\n")
                .file("_publications/1833-06-05-meeting.md", "---\ntitle: A Meeting\ndate: 1833-06-05\n"
                        + "category: manuscripts\nvenue: Letters\n---\n")
                .file("_bibliography/papers.bib", """
                        @article{babbage1830decline,
                          title = {Reflections on the Decline of Science},
                          author = {Babbage, Charles and Lovelace, Ada},
                          journal = {Fellowes},
                          year = {1830},
                        }
                        """);
        site.build();

        Element filters = site.page("/publications/").selectFirst("main form.paper-filters");
        assertThat(filters.select("select[name=topic]")).isEmpty();
        assertThat(filters.select("input[name=first-author]")).isEmpty();
        assertThat(filters.select("select[name=type] option").eachAttr("value")).containsExactly("", "journal");
    }

    private static void assertPaper(Document listing, String title, String year, String type, String topics,
            boolean firstAuthor) {
        Element paper = listing.select("main .paper").stream()
                .filter(item -> item.selectFirst(".paper-title").text().equals(title)).findFirst().orElseThrow();
        assertThat(paper.attr("data-year")).as("year of %s", title).isEqualTo(year);
        assertThat(paper.attr("data-type")).as("type of %s", title).isEqualTo(type);
        assertThat(paper.hasAttr("data-topics") ? paper.attr("data-topics") : null).as("topics of %s", title)
                .isEqualTo(topics);
        assertThat(paper.hasAttr("data-first-author")).as("first author of %s", title).isEqualTo(firstAuthor);
    }
}

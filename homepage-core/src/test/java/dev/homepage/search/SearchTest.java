package dev.homepage.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.homepage.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's search: the index at /search/index.json holds every page, paper, talk, post and news item, each once;
 * the search page loads Fuse.js and its script, and lists everything for readers without scripts; every other page
 * has a search box in the masthead; a site can turn it all off.
 */
class SearchTest {

    private static final String CONFIG = """
            title: Ada's lab
            baseurl: /lab
            author:
              name: Ada Lovelace
            collections:
              news:
                output: false
            """;

    @TempDir
    Path folder;

    private TestSite site() throws Exception {
        return new TestSite(folder).file("_config.yml", CONFIG)
                .file("_pages/about.md", "---\npermalink: /\ntitle: About\n---\nI study <em>engines</em> & notes.\n")
                .file("_pages/private.md", "---\ntitle: Private\nsearch: false\n---\nNot to be found.\n")
                .file("_publications/2024-05-01-engines.md", """
                        ---
                        title: On Engines
                        date: 2024-05-01
                        venue: Journal of Engines
                        authors: [Ada Lovelace, Charles Babbage]
                        ---
                        We describe   the Analytical
                        Engine.
                        """)
                .file("_bibliography/papers.bib", """
                        @article{lovelace1843notes,
                          title = {Notes on the Engine},
                          author = {Lovelace, Ada},
                          journal = {Scientific Memoirs},
                          year = {1843},
                          abstract = {Translator's notes.},
                        }
                        """)
                .file("_talks/2023-01-01-talk.md", "---\ntitle: A talk\nvenue: Royal Society\nlocation: London\n---\nSlides.\n")
                .file("_posts/2024-05-02-first.md", "---\ntitle: First post\n---\nThe **first** post. " + "word ".repeat(200) + "\n")
                .file("_news/2025-02-01-award.md", "---\ntitle: An award\n---\nWe won.\n");
    }

    @Test
    void theIndexHoldsEveryPagePaperTalkPostAndNewsItemOnceWithWhatReadersSearchFor() throws Exception {
        TestSite site = site();
        site.build();

        Map<String, Map<String, String>> entries = index(site);

        assertThat(entries).containsOnlyKeys("About", "On Engines", "Notes on the Engine", "A talk", "First post",
                "An award");
        assertThat(entries.get("On Engines")).containsEntry("kind", "Paper")
                .containsEntry("url", "/lab/publications/2024-05-01-engines/").containsEntry("date", "2024")
                .containsEntry("authors", "Ada Lovelace, Charles Babbage").containsEntry("venue", "Journal of Engines")
                .containsEntry("text", "We describe the Analytical Engine.");
        assertThat(entries.get("Notes on the Engine")).as("a paper known from BibTeX alone")
                .containsEntry("url", "/lab/publications/lovelace1843notes/")
                .containsEntry("venue", "Scientific Memoirs").containsEntry("text", "Translator's notes.");
        assertThat(entries.get("About")).containsEntry("kind", "Page").containsEntry("url", "/lab/")
                .containsEntry("text", "I study engines & notes.");
        assertThat(entries.get("A talk")).containsEntry("kind", "Talk").containsEntry("venue", "Royal Society, London");
        assertThat(entries.get("An award")).as("news without pages of their own lead to their listing")
                .containsEntry("kind", "News").containsEntry("url", "/lab/news/");
        assertThat(entries.get("First post").get("text")).startsWith("The first post. word")
                .hasSizeLessThanOrEqualTo(SearchIndex.TEXT_LENGTH).endsWith("word");
    }

    @Test
    void theSearchPageLoadsTheLibraryAndItsScriptAndListsEverythingForReadersWithoutScripts() throws Exception {
        TestSite site = site();
        site.build();

        Document search = site.page("/search/");
        assertThat(search.select("script[src]").eachAttr("src")).containsExactly(
                "/lab/assets/homepage/fuse/fuse.min.js", "/lab/assets/homepage/search.js",
                "/lab/assets/homepage/homepage.js");
        Element form = search.selectFirst("main form.search-form");
        assertThat(form.attr("action")).isEqualTo("/lab/search/");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("data-index")).isEqualTo("/lab/search/index.json");
        assertThat(form.select("input[name=q]")).hasSize(1);
        assertThat(search.select(".search-all a").eachText()).containsExactlyInAnyOrder("About", "On Engines",
                "Notes on the Engine", "A talk", "First post", "An award");
        assertThat(search.select(".search-all h3").eachText()).containsExactly("Pages", "Papers", "Posts", "Talks",
                "News");
        assertThat(search.select(".author-profile")).as("no profile pushing the field down on phones").isEmpty();
        assertThat(search.select(".masthead-search")).as("one search field on the search page").isEmpty();
        assertThat(site.output().resolve("assets/homepage/fuse/fuse.min.js")).isNotEmptyFile();
        assertThat(site.output().resolve("assets/homepage/search.js")).isNotEmptyFile();
    }

    @Test
    void everyOtherPageHasASearchBoxThatSendsItsQueryToTheSearchPageAndLoadsNoSearchCode() throws Exception {
        TestSite site = site();
        site.build();

        Document about = site.page("/");
        Element box = about.selectFirst("header.masthead form.masthead-search[role=search]");
        assertThat(box).isNotNull();
        assertThat(box.attr("action")).isEqualTo("/lab/search/");
        assertThat(box.attr("method")).isEqualTo("get");
        Element field = box.selectFirst("input[type=search][name=q]");
        assertThat(field.attr("aria-keyshortcuts")).isEqualTo("/");
        assertThat(about.select("label[for=" + field.id() + "]")).hasSize(1);
        assertThat(about.select("script[src]").eachAttr("src")).containsExactly("/lab/assets/homepage/homepage.js");
    }

    @Test
    void aSiteCanTurnSearchOffAndThenCarriesNoneOfIt() throws Exception {
        TestSite site = site().file("_config.yml", CONFIG + "search: false\n");
        site.build();

        assertThat(site.output().resolve("search")).doesNotExist();
        assertThat(site.output().resolve("assets/homepage/fuse")).doesNotExist();
        assertThat(site.output().resolve("assets/homepage/search.js")).doesNotExist();
        assertThat(site.page("/").select(".masthead-search")).isEmpty();
    }

    @Test
    void aSitesOwnSearchPageWinsAndTheMastheadBoxSendsQueriesToIt() throws Exception {
        TestSite site = site().file("_pages/search.md", "---\ntitle: Find\npermalink: /search/\n---\nMy own.\n");
        site.build();

        assertThat(site.page("/search/").select("h1").text()).isEqualTo("Find");
        assertThat(site.output().resolve("search/index.json")).doesNotExist();
        assertThat(site.page("/").selectFirst(".masthead-search").attr("action")).isEqualTo("/lab/search/");
    }

    /** The index's entries by title, each as a map of its fields. */
    private static Map<String, Map<String, String>> index(TestSite site) throws Exception {
        JsonNode index = new ObjectMapper().readTree(site.text("search/index.json"));
        List<String> fields = new ArrayList<>();
        index.get("fields").forEach(field -> fields.add(field.asText()));
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        for (JsonNode row : index.get("entries")) {
            Map<String, String> entry = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                entry.put(fields.get(i), fields.get(i).equals("kind")
                        ? index.get("kinds").get(row.get(i).asInt()).asText() : row.get(i).asText());
            }
            assertThat(entries.put(entry.get("title"), entry)).as("%s indexed twice", entry.get("title")).isNull();
        }
        return entries;
    }
}

package dev.homepage.publications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.Problems;
import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog of a site's papers, made from its bibliography, its config and its citation counts. */
class PublicationCatalogTest {

    private static final String BIBLIOGRAPHY = """
            @article{older, title={An Older Paper}, author={Halvorsen, Tessa and Doe, Jane}, year={2021},
              journal={Journal of Tests}}
            @inproceedings{newer, title={A Newer Paper}, author={Doe, Jane and T. Halvorsen}, year={2024},
              booktitle={Conference on Tests}}
            @misc{same-year, title={Another Paper of 2024}, author={Doe, Jane}, year={2024}}
            @article{newer, title={The Same Key Again}, author={Roe, Richard}, year={2025}, journal={Elsewhere}}
            """;

    @TempDir
    Path source;

    private PublicationCatalog.Catalog catalog(String config, Map<String, Object> data) throws Exception {
        Files.writeString(source.resolve("_config.yml"), config);
        SiteConfig site = new ConfigLoader().load(source, Optional.empty());
        Problems problems = new Problems();
        List<BibEntry> entries = BibliographyLoader.parse(Path.of("_bibliography/papers.bib"), BIBLIOGRAPHY,
                problems);
        PublicationCatalog.Catalog catalog = PublicationCatalog.forSite(site, data, source, problems)
                .build(List.of(), entries);
        assertThat(problems.hasErrors()).isFalse();
        return catalog;
    }

    @Test
    void papersAreNewestFirstThenByTitleAndAKeyInTwoEntriesIsTheFirstEntryAlone() throws Exception {
        PublicationCatalog.Catalog catalog = catalog("title: Lab\n", Map.of());

        assertThat(catalog.publications()).extracting(Publication::key)
                .containsExactly("newer", "same-year", "older");
        assertThat(catalog.publications().get(0).title()).isEqualTo("A Newer Paper");
    }

    @Test
    void theSiteOwnerAndHerAliasesAreMarkedAsSelfInEveryAuthorList() throws Exception {
        PublicationCatalog.Catalog catalog = catalog(
                "author:\n  name: Tessa Halvorsen\n  aliases: [T. Halvorsen]\n", Map.of());

        assertThat(catalog.publications()).filteredOn(paper -> !paper.key().equals("same-year"))
                .allSatisfy(paper -> assertThat(paper.authors()).filteredOn(Author::self).singleElement()
                        .extracting(Author::name).asString().contains("Halvorsen"));
        assertThat(catalog.publications()).filteredOn(paper -> paper.key().equals("same-year")).singleElement()
                .satisfies(paper -> assertThat(paper.authors()).noneMatch(Author::self));
    }

    @Test
    void citationCountsOfTheDataGoToTheirPapersAndAddUpWhenNoTotalIsGiven() throws Exception {
        PublicationCatalog.Catalog catalog = catalog("title: Lab\n",
                Map.of("citations", Map.of("papers", Map.of("older", 12, "newer", 30))));

        assertThat(catalog.publications()).extracting(Publication::key, Publication::citations).containsExactly(
                Tuple.tuple("newer", OptionalInt.of(30)),
                Tuple.tuple("same-year", OptionalInt.empty()),
                Tuple.tuple("older", OptionalInt.of(12)));
        assertThat(catalog.totalCitations()).hasValue(42);
    }

    @Test
    void aTotalInTheDataIsTakenAsGiven() throws Exception {
        PublicationCatalog.Catalog catalog = catalog("title: Lab\n",
                Map.of("citations", Map.of("total", 100, "papers", Map.of("older", 12))));

        assertThat(catalog.totalCitations()).hasValue(100);
    }
}

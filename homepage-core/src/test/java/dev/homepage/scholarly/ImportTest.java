package dev.homepage.scholarly;

import static dev.homepage.scholarly.RecordedApi.Answer.ok;
import static dev.homepage.scholarly.RecordedApi.Answer.status;
import static dev.homepage.scholarly.RecordedApi.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import dev.homepage.TestSite;
import dev.homepage.publications.BibEntry;
import dev.homepage.publications.BibliographyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import goal against local servers that answer as ORCID's public API v3.0 and DBLP do. */
class ImportTest {

    private static final String ORCID = "0000-0002-1825-0097";
    private static final WebApi.Politeness QUICK = new WebApi.Politeness(Duration.ZERO, Duration.ofMillis(5), 1,
            Duration.ofSeconds(10));
    /** An entry the author edited by hand: it must come out of every import as it went in. */
    private static final String EDITED = """
            % My own notes.
            @article{notes,
              title = {Notes on the {Analytical} Engine},
              author = {Lovelace, Ada},
              journal = {Taylor's Scientific Memoirs},
              year = {1843},
              doi = {10.1234/notes},
              selected = {true},
            }
            """;

    @TempDir
    Path folder;

    private TestSite site;
    private RecordedApi orcid;
    private RecordedApi dblp;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void site() throws Exception {
        site = new TestSite(folder).file("_config.yml", "title: Lab\nauthor:\n  name: Ada Lovelace\n")
                .file("_bibliography/papers.bib", EDITED)
                .file("_publications/1842-05-01-tables.md", "---\ntitle: \"On the Engine's Tables\"\n"
                        + "date: 1842-05-01\n---\n");
        orcid = new RecordedApi().on("/v3.0/" + ORCID + "/works", ok(recorded("orcid-works.json")))
                .on("/v3.0/" + ORCID + "/works/1111,2222,3333,4444", ok(recorded("orcid-bulk.json")));
        dblp = new RecordedApi().on("/pid/65/1234.bib", ok(recorded("dblp-person.bib")));
    }

    @AfterEach
    void stop() {
        orcid.close();
        dblp.close();
    }

    private Import.Report importFrom(Optional<String> orcidId, Optional<String> dblpKey, Optional<Path> bibtex,
            boolean dryRun) throws Exception {
        return Import.run(new Import.Request(site.source(), site.output(), orcidId, dblpKey, bibtex, orcid.url(),
                dblp.url(), Optional.empty(), dryRun, Optional.of(QUICK)), log::add);
    }

    private String bibliography() throws Exception {
        return Files.readString(site.source().resolve("_bibliography/papers.bib"));
    }

    private static List<BibEntry> entriesOf(String bibtex) {
        Problems problems = new Problems();
        List<BibEntry> entries = BibliographyLoader.parse(Path.of("papers.bib"), bibtex, problems);
        assertThat(problems.hasErrors()).isFalse();
        return entries;
    }

    @Test
    void orcidWorksAreAddedOnceAndTheAuthorsEntriesStayAsWritten() throws Exception {
        Import.Report report = importFrom(Optional.of(ORCID), Optional.empty(), Optional.empty(), false);

        String bibliography = bibliography();
        assertThat(bibliography).startsWith(EDITED);
        List<BibEntry> entries = entriesOf(bibliography);
        assertThat(entries).extracting(BibEntry::key)
                .containsExactly("notes", "lovelace1843computing", "lovelace1844letters");
        BibEntry bernoulli = entries.get(1);
        assertThat(bernoulli.type()).isEqualTo("article");
        assertThat(bernoulli.field("title")).isEqualTo("Computing Bernoulli Numbers");
        assertThat(bernoulli.field("author")).isEqualTo("Lovelace, Ada and Babbage, Charles");
        assertThat(bernoulli.field("doi")).isEqualTo("10.5555/bernoulli");
        BibEntry letters = entries.get(2);
        assertThat(letters.type()).isEqualTo("misc");
        assertThat(letters.field("title")).isEqualTo("Letters & Notes on Music");
        assertThat(letters.field("author")).isEqualTo("Ada Lovelace and Mary Somerville");
        assertThat(letters.field("year")).isEqualTo("1844");
        assertThat(report.summary()).isEqualTo("Import: 2 new works added to _bibliography/papers.bib, 2 already"
                + " there");
        assertThat(log).contains("Reading ORCID " + ORCID, "  fetched 4 of 4 works",
                "  = \"Notes on the Analytical Engine\" (1843): already there as notes (same DOI)",
                "  = \"On the Engine's Tables\" (1842): already there as 1842-05-01-tables (same title and year)",
                "  + lovelace1843computing: \"Computing Bernoulli Numbers\" (1843)");
        site.build();
        assertThat(site.page("/publications/").select(".paper-title").eachText())
                .contains("Letters & Notes on Music", "Computing Bernoulli Numbers");
    }

    @Test
    void importingAgainAddsNothing() throws Exception {
        importFrom(Optional.of(ORCID), Optional.empty(), Optional.empty(), false);
        String once = bibliography();

        Import.Report again = importFrom(Optional.of(ORCID), Optional.empty(), Optional.empty(), false);

        assertThat(bibliography()).isEqualTo(once);
        assertThat(again.summary()).startsWith("Import: 0 new works added");
    }

    @Test
    void aDryRunListsWhatWouldChangeAndWritesNothing() throws Exception {
        Import.Report report = importFrom(Optional.of(ORCID), Optional.empty(), Optional.empty(), true);

        assertThat(bibliography()).isEqualTo(EDITED);
        assertThat(report.summary()).isEqualTo("Import (dry run, nothing written): 2 new works would be added to"
                + " _bibliography/papers.bib, 2 already there");
        assertThat(log).contains("  + lovelace1844letters: \"Letters & Notes on Music\" (1844)");
    }

    @Test
    void dblpWorksGetKeysOfTheUsualFormAndDuplicatesAreFoundByDoi() throws Exception {
        importFrom(Optional.empty(), Optional.of("65/1234"), Optional.empty(), false);

        List<BibEntry> entries = entriesOf(bibliography());
        assertThat(entries).extracting(BibEntry::key).containsExactly("notes", "lovelace1842tables");
        assertThat(entries.get(1).field("booktitle")).isEqualTo("Proceedings of the Turin Academy");
        assertThat(dblp.received()).singleElement().satisfies(request -> {
            assertThat(request.pathAndQuery()).isEqualTo("/pid/65/1234.bib");
            assertThat(request.headers()).containsEntry("accept", "application/x-bibtex");
        });
    }

    @Test
    void aBibTeXFileWithErrorsIsReportedAtItsLine() throws Exception {
        Path broken = folder.resolve("export.bib");
        Files.writeString(broken, "@article{a,\n  title = {A},\n  year = 1843\n  author = {B},\n}\n");

        SiteBuildException error = catchThrowableOfType(SiteBuildException.class,
                () -> importFrom(Optional.empty(), Optional.empty(), Optional.of(broken), false));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(broken);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("BibTeX syntax error");
        });
        assertThat(bibliography()).isEqualTo(EDITED);
    }

    @Test
    void aBibTeXFileIsMergedLikeTheOtherSources() throws Exception {
        Path export = folder.resolve("export.bib");
        Files.writeString(export, "@book{sketch,\n  title = {Sketch of the Analytical Engine},\n"
                + "  author = {Menabrea, Luigi},\n  year = {1842},\n}\n");

        importFrom(Optional.empty(), Optional.empty(), Optional.of(export), false);

        assertThat(entriesOf(bibliography())).extracting(BibEntry::key).containsExactly("notes", "menabrea1842sketch");
    }

    @Test
    void anIdThatIsNoOrcidIdIsRefusedBeforeAnythingIsAsked() throws Exception {
        SiteBuildException error = catchThrowableOfType(SiteBuildException.class,
                () -> importFrom(Optional.of("0000-0002-1825-0098"), Optional.empty(), Optional.empty(), false));

        assertThat(error.getMessage()).contains("'0000-0002-1825-0098' is not an ORCID iD");
        assertThat(orcid.received()).isEmpty();
    }

    @Test
    void anOrcidIdOrcidDoesNotKnowIsSaid() throws Exception {
        SiteBuildException error = catchThrowableOfType(SiteBuildException.class,
                () -> importFrom(Optional.of("0000-0001-5109-3700"), Optional.empty(), Optional.empty(), false));

        assertThat(error.getMessage()).contains("ORCID knows no researcher 0000-0001-5109-3700");
    }

    @Test
    void aSourceThatIsDownImportsNothing() throws Exception {
        orcid.on("/v3.0/" + ORCID + "/works", status(500));

        SiteBuildException error = catchThrowableOfType(SiteBuildException.class,
                () -> importFrom(Optional.of(ORCID), Optional.empty(), Optional.empty(), false));

        assertThat(error.getMessage()).contains("ORCID failed (HTTP 500): nothing was imported");
        assertThat(bibliography()).isEqualTo(EDITED);
    }

    @Test
    void withoutASourceItSaysWhichToName() {
        SiteBuildException error = catchThrowableOfType(SiteBuildException.class,
                () -> importFrom(Optional.empty(), Optional.empty(), Optional.empty(), false));

        assertThat(error.getMessage()).contains("-Dhomepage.orcid=", "-Dhomepage.dblp=", "-Dhomepage.bibtex=");
    }
}

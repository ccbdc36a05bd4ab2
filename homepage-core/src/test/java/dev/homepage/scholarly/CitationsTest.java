package dev.homepage.scholarly;

import static dev.homepage.scholarly.RecordedApi.Answer.ok;
import static dev.homepage.scholarly.RecordedApi.Answer.status;
import static dev.homepage.scholarly.RecordedApi.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.SiteBuildException;
import dev.homepage.TestSite;
import dev.homepage.config.SafeYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The citations goal against local servers that answer as OpenAlex, Crossref and Semantic Scholar do. */
class CitationsTest {

    private static final LocalDate ASKED = LocalDate.of(2026, 12, 5);
    /** Busy answers are waited on for milliseconds here, not seconds. */
    private static final WebApi.Politeness QUICK = new WebApi.Politeness(Duration.ZERO, Duration.ofMillis(5), 2,
            Duration.ofSeconds(10));

    @TempDir
    Path folder;

    private TestSite site;
    private RecordedApi openAlex;
    private RecordedApi crossref;
    private RecordedApi semanticScholar;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void site() throws Exception {
        site = new TestSite(folder).file("_config.yml", "title: Lab\nauthor:\n  name: Ada Lovelace\n")
                .file("_bibliography/papers.bib", """
                        @article{notes,
                          title = {Notes on the Analytical Engine},
                          author = {Lovelace, Ada},
                          journal = {Taylor's Scientific Memoirs},
                          year = {1843},
                          doi = {https://doi.org/10.1234/NOTES},
                        }

                        @misc{preprint,
                          title = {Engines as Preprints},
                          author = {Lovelace, Ada},
                          year = {2025},
                          arxiv = {2504.00001v2},
                        }

                        @misc{letters,
                          title = {Letters},
                          author = {Lovelace, Ada},
                          year = {1844},
                        }
                        """);
        openAlex = new RecordedApi().on("/works", ok(recorded("openalex-works.json")));
        crossref = new RecordedApi().on("/works", ok(recorded("crossref-works.json")));
        semanticScholar = new RecordedApi().on("/graph/v1/paper/batch", ok(recorded("semanticscholar-batch.json")));
    }

    @AfterEach
    void stop() {
        openAlex.close();
        crossref.close();
        semanticScholar.close();
    }

    private Citations.Report run(String openAlexUrl, String crossrefUrl, String semanticScholarUrl)
            throws Exception {
        return Citations.run(new Citations.Request(site.source(), site.output(), openAlexUrl, crossrefUrl,
                semanticScholarUrl, Optional.of("oa-key"), Optional.of("s2-key"), Optional.of("ada@example.org"),
                ASKED, Optional.of(QUICK)), log::add);
    }

    private Citations.Report run() throws Exception {
        return run(openAlex.url(), crossref.url(), semanticScholar.url());
    }

    private Map<String, Object> papers() throws Exception {
        Map<String, Object> file = SafeYaml.loadMap(Files.readString(site.source().resolve("_data/citations.yml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> papers = (Map<String, Object>) file.get("papers");
        return papers;
    }

    @Test
    void eachPaperGetsTheHighestCountWithItsSourceAndDate() throws Exception {
        Citations.Report report = run();

        assertThat(papers()).containsEntry("notes", Map.of("count", 61, "source", "Crossref", "date", "2026-12-05"))
                .containsEntry("preprint", Map.of("count", 4, "source", "Semantic Scholar", "date", "2026-12-05"))
                .doesNotContainKey("letters");
        assertThat(report.summary()).isEqualTo("Citations: 2 of 2 papers counted; 1 paper without a DOI or arXiv id"
                + " not asked about -> _data/citations.yml");
        assertThat(log).contains("Asking OpenAlex about 2 papers")
                .anyMatch(line -> line.matches(" +notes \\(doi:10\\.1234/notes\\) +61 +OpenAlex 57; Crossref 61;"
                        + " Semantic Scholar 55"));
    }

    @Test
    void theSourcesAreAskedInBatchesWithTheirKeysAndContactAddress() throws Exception {
        run();

        RecordedApi.Received alex = openAlex.received().get(0);
        assertThat(alex.pathAndQuery()).startsWith("/works?filter=doi%3Ahttps%3A%2F%2Fdoi.org%2F10.48550%2Farxiv"
                + ".2504.00001%7Chttps%3A%2F%2Fdoi.org%2F10.1234%2Fnotes&").contains("&api_key=oa-key",
                "&mailto=ada%40example.org");
        assertThat(alex.headers().get("user-agent")).isEqualTo("homepage-maven-plugin (mailto:ada@example.org)");
        assertThat(crossref.received()).singleElement().satisfies(request -> assertThat(request.pathAndQuery())
                .startsWith("/works?filter=doi%3A10.1234%2Fnotes&").contains("mailto=ada%40example.org"));
        RecordedApi.Received scholar = semanticScholar.received().get(0);
        assertThat(scholar.method()).isEqualTo("POST");
        assertThat(scholar.pathAndQuery()).isEqualTo("/graph/v1/paper/batch?fields=citationCount");
        assertThat(scholar.body()).isEqualTo("{\"ids\":[\"ARXIV:2504.00001\",\"DOI:10.1234/notes\"]}");
        assertThat(scholar.headers()).containsEntry("x-api-key", "s2-key");
    }

    @Test
    void aSourceThatIsDownLeavesTheOthersCountsAndThePreviousValues() throws Exception {
        site.file("_data/citations.yml", "total: 500\npapers:\n  notes: 40\n  handwritten: 12\n");
        semanticScholar.on("/graph/v1/paper/batch", status(503));
        crossref.on("/works", status(500));

        Citations.Report report = run();

        assertThat(report.written()).isTrue();
        assertThat(papers()).containsEntry("notes", Map.of("count", 57, "source", "OpenAlex", "date", "2026-12-05"))
                .containsEntry("handwritten", 12)
                .containsEntry("preprint", Map.of("count", 3, "source", "OpenAlex", "date", "2026-12-05"));
        assertThat(SafeYaml.loadMap(Files.readString(site.source().resolve("_data/citations.yml"))))
                .containsEntry("total", 500);
        // Asked three times: once, then twice more after busy answers.
        assertThat(semanticScholar.received()).hasSize(3);
        assertThat(log).anyMatch(line -> line.contains("notes (doi:10.1234/notes)") && line.contains(
                "Crossref: Crossref failed (HTTP 500); Semantic Scholar: Semantic Scholar failed (HTTP 503)"));
        assertThat(report.summary()).endsWith("Crossref, Semantic Scholar failed -> _data/citations.yml");
    }

    @Test
    void aBusySourceIsAskedAgainAfterTheWaitItAsksFor() throws Exception {
        openAlex.on("/works", new RecordedApi.Answer(429, "", Map.of("Retry-After", "0")),
                ok(recorded("openalex-works.json")));

        run();

        assertThat(openAlex.received()).hasSize(2);
        assertThat(log).anyMatch(line -> line.contains("OpenAlex 57"));
    }

    @Test
    void offlineItSaysSoAndChangesNothing() throws Exception {
        site.file("_data/citations.yml", "papers:\n  notes: 40\n");
        byte[] before = Files.readAllBytes(site.source().resolve("_data/citations.yml"));

        Citations.Report report = run(RecordedApi.unreachable(), RecordedApi.unreachable(),
                RecordedApi.unreachable());

        assertThat(report.written()).isFalse();
        assertThat(report.summary()).isEqualTo("Offline: no source could be reached, so _data/citations.yml is"
                + " unchanged");
        assertThat(Files.readAllBytes(site.source().resolve("_data/citations.yml"))).isEqualTo(before);
    }

    @Test
    void aMalformedDoiIsAnErrorAtItsLineAndNothingIsAsked() throws Exception {
        site.file("_publications/2024-01-01-tables.md", "---\ntitle: Tables\ndate: 2024-01-01\ndoi: 10.12/x y\n---\n");

        SiteBuildException error = catchThrowableOfType(SiteBuildException.class, this::run);

        assertThat(error.getMessage()).contains("_publications/2024-01-01-tables.md:4: the DOI '10.12/x y' of"
                + " 2024-01-01-tables is not a DOI");
        assertThat(openAlex.received()).isEmpty();
    }

    @Test
    void theBuildShowsTheCountsTheGoalWrote() throws Exception {
        run();
        site.file("_pages/cv.md", "---\ntitle: CV\nlayout: cv\npermalink: /cv/\n---\n").build();

        assertThat(site.page("/cv/").select("#paper-notes .paper-citations").text()).isEqualTo("Cited by 61");
    }
}

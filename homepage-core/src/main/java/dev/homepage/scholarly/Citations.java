package dev.homepage.scholarly;

import dev.homepage.SiteBuildException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The citations goal: asks OpenAlex, Crossref and Semantic Scholar for the citation counts of the site's papers
 * and writes them to {@code _data/citations.yml}, which the build reads. It never runs inside a build.
 */
public final class Citations {

    /**
     * What to ask, and where.
     *
     * @param openAlexUrl OpenAlex's API ({@link OpenAlex#URL}), a local server in tests
     * @param openAlexKey OpenAlex's API key, which it asks for beyond small use
     * @param semanticScholarKey Semantic Scholar's API key, for its own rate limit rather than the shared one
     * @param mailto a contact address for the sources' polite pools
     * @param asked the date the counts are dated with
     * @param politeness how to treat each API; empty for each source's own rate limit
     */
    public record Request(Path sourceDirectory, Path outputDirectory, String openAlexUrl, String crossrefUrl,
            String semanticScholarUrl, Optional<String> openAlexKey, Optional<String> semanticScholarKey,
            Optional<String> mailto, LocalDate asked, Optional<WebApi.Politeness> politeness) {
    }

    /**
     * What the goal did.
     *
     * @param written whether the file was written (not when offline)
     * @param summary the line that sums it up
     */
    public record Report(CitationUpdate.Outcome outcome, boolean written, String summary) {
    }

    private Citations() {
    }

    /**
     * @param log hears a line for each source asked, each paper counted and each source that failed
     * @throws SiteBuildException when the site's papers or its citations file cannot be read, or a DOI or arXiv
     *     id is malformed: nothing is asked then
     */
    public static Report run(Request request, Consumer<String> log) throws SiteBuildException, IOException {
        Path source = request.sourceDirectory().toAbsolutePath().normalize();
        List<Paper> papers = SitePapers.load(source, request.outputDirectory());
        Map<String, Object> previous = CitationsFile.read(source);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Map<String, String> agent = Map.of("User-Agent", "homepage-maven-plugin"
                + request.mailto().map(address -> " (mailto:" + address + ")").orElse(""));
        Map<String, String> semanticHeaders = new LinkedHashMap<>(agent);
        request.semanticScholarKey().ifPresent(key -> semanticHeaders.put("x-api-key", key));
        List<CitationSource> sources = List.of(
                new OpenAlex(new WebApi("OpenAlex", client, agent, politeness(request, Duration.ofMillis(100))),
                        request.openAlexUrl(), request.openAlexKey(), request.mailto()),
                new Crossref(new WebApi("Crossref", client, agent, politeness(request, Duration.ofMillis(100))),
                        request.crossrefUrl(), request.mailto()),
                new SemanticScholar(new WebApi("Semantic Scholar", client, semanticHeaders, politeness(request,
                        Duration.ofMillis(request.semanticScholarKey().isPresent() ? 1000 : 3000))),
                        request.semanticScholarUrl()));

        CitationUpdate.Outcome outcome = new CitationUpdate(sources).run(papers, new CitationUpdate.Progress() {
            @Override
            public void asking(String name, int count) {
                log.accept("Asking " + name + " about " + plural(count, "paper"));
            }

            @Override
            public void counted(CitationUpdate.Counted paper) {
                log.accept(String.format(Locale.ROOT, "  %-40s %6s  %s", paper.paper().label(),
                        paper.count().map(String::valueOf).orElse("-"), paper.answers().stream()
                                .map(CitationUpdate.Answer::describe).collect(Collectors.joining("; "))));
            }
        });
        outcome.failures().forEach((name, failure) -> log.accept(failure.getMessage() + ": its counts are left"
                + " out, the other sources' stand"));
        if (outcome.offline()) {
            return new Report(outcome, false, "Offline: no source could be reached, so " + CitationsFile.PATH
                    + " is unchanged");
        }
        CitationsFile.write(source, CitationsFile.updated(previous, outcome, request.asked()));
        long counted = outcome.papers().stream().filter(paper -> paper.count().isPresent()).count();
        List<String> parts = new ArrayList<>();
        parts.add(counted + " of " + plural(outcome.papers().size(), "paper") + " counted");
        if (counted < outcome.papers().size()) {
            parts.add((outcome.papers().size() - counted) + " kept the count they had (no source knew them)");
        }
        if (!outcome.withoutId().isEmpty()) {
            parts.add(plural(outcome.withoutId().size(), "paper") + " without a DOI or arXiv id not asked about");
        }
        if (!outcome.failures().isEmpty()) {
            parts.add(String.join(", ", outcome.failures().keySet()) + " failed");
        }
        return new Report(outcome, true, "Citations: " + String.join("; ", parts) + " -> " + CitationsFile.PATH);
    }

    private static WebApi.Politeness politeness(Request request, Duration interval) {
        return request.politeness().orElseGet(() -> WebApi.Politeness.of(interval));
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

package dev.homepage.scholarly;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.publications.BibEntry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The import goal: takes a researcher's works from ORCID, DBLP or a BibTeX file and appends the ones the site
 * does not have to {@code _bibliography/papers.bib}.
 */
public final class Import {

    /**
     * What to import, from where.
     *
     * @param orcid an ORCID iD to import the works of
     * @param dblp a DBLP person key to import the works of
     * @param bibtex a BibTeX file to import
     * @param dryRun only say what would change
     * @param politeness how to treat each API; empty for their own rate limits
     */
    public record Request(Path sourceDirectory, Path outputDirectory, Optional<String> orcid, Optional<String> dblp,
            Optional<Path> bibtex, String orcidUrl, String dblpUrl, Optional<String> mailto, boolean dryRun,
            Optional<WebApi.Politeness> politeness) {
    }

    /** What the goal did (or would do, in a dry run). */
    public record Report(List<BibliographyImport.Decision> decisions, String summary) {
    }

    private Import() {
    }

    /**
     * @throws SiteBuildException when no source is named, an ORCID iD or DBLP key is wrong or unknown, or a BibTeX
     *     file has errors (each at its line)
     *     file has errors (each at its line); or when ORCID or DBLP cannot be reached or fail, and nothing is
     *     written
     */
    public static Report run(Request request, Consumer<String> log) throws SiteBuildException, IOException {
        Path source = request.sourceDirectory().toAbsolutePath().normalize();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Map<String, String> agent = Map.of("User-Agent", "homepage-maven-plugin"
                + request.mailto().map(address -> " (mailto:" + address + ")").orElse(""));
        WebApi.Politeness politeness = request.politeness().orElseGet(() -> WebApi.Politeness.of(Duration.ofMillis(
                100)));
        List<WorkSource> sources = new ArrayList<>();
        if (request.orcid().isPresent()) {
            sources.add(new Orcid(new WebApi("ORCID", client, agent, politeness), request.orcidUrl(),
                    request.orcid().get()));
        }
        if (request.dblp().isPresent()) {
            sources.add(new Dblp(new WebApi("DBLP", client, agent, politeness), request.dblpUrl(),
                    request.dblp().get()));
        }
        request.bibtex().ifPresent(file -> sources.add(new BibTeXFile(file)));
        if (sources.isEmpty()) {
            throw new SiteBuildException(List.of(new Problem(Path.of("homepage:import"), "name where the works come"
                    + " from: -Dhomepage.orcid=0000-0002-1825-0097, -Dhomepage.dblp=<person key> or"
                    + " -Dhomepage.bibtex=<file.bib>")));
        }
        List<Paper> site = new ArrayList<>(SitePapers.load(source, request.outputDirectory()));
        List<BibliographyImport.Decision> all = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (WorkSource from : sources) {
            log.accept("Reading " + from.name());
            List<BibEntry> works;
            try {
                works = from.works(line -> log.accept("  " + line));
            } catch (SourceFailure failure) {
                throw new SiteBuildException(List.of(new Problem(Path.of(from.name()), failure.getMessage()
                        + ": nothing was imported; try again later")));
            }
            List<BibliographyImport.Decision> decisions = BibliographyImport.plan(site, works);
            for (BibliographyImport.Decision decision : decisions) {
                log.accept("  " + describe(decision));
                if (decision.outcome() == BibliographyImport.Outcome.ADDED) {
                    BibEntry work = decision.work();
                    site.add(new Paper(decision.key(), work.field("title"), work.field("year"),
                            PaperIds.doi(work.field("doi")), PaperIds.arxiv(work.field("eprint")), work.source()));
                }
            }
            text.append(BibliographyImport.text(decisions, from.name()));
            all.addAll(decisions);
        }
        long added = all.stream().filter(d -> d.outcome() == BibliographyImport.Outcome.ADDED).count();
        if (!request.dryRun() && added > 0) {
            BibliographyImport.append(source, text.toString());
        }
        String verb = request.dryRun() ? " would be added to " : " added to ";
        return new Report(List.copyOf(all), (request.dryRun() ? "Import (dry run, nothing written): " : "Import: ")
                + Citations.plural(added, "new work") + verb + BibliographyImport.FILE + ", "
                + (all.size() - added) + " already there");
    }

    private static String describe(BibliographyImport.Decision decision) {
        String title = decision.work().field("title");
        String year = decision.work().field("year");
        String what = "\"" + title + "\"" + (year.isBlank() ? "" : " (" + year + ")");
        return switch (decision.outcome()) {
            case ADDED -> "+ " + decision.key() + ": " + what;
            case SAME_DOI -> "= " + what + ": already there as " + decision.key() + " (same DOI)";
            case SAME_TITLE_AND_YEAR -> "= " + what + ": already there as " + decision.key()
                    + " (same title and year)";
        };
    }
}

package dev.homepage.scholarly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks each source for the counts of every paper with a DOI or arXiv id, and takes for each paper the highest
 * count any source gives (each counts citations its own way; the highest is the one closest to the paper's reach).
 * A source that is down or refuses costs only its own answers: the others' stand, and a paper no source answered
 * for keeps the count it had.
 */
public final class CitationUpdate {

    /** What a source said of one paper: a count, that it does not know it, or why it gave no answer. */
    public record Answer(String source, Optional<Integer> count, String failure) {

        public String describe() {
            if (count.isPresent()) {
                return source + " " + count.get();
            }
            return failure.isEmpty() ? source + ": not known" : source + ": " + failure;
        }
    }

    /**
     * What the update found for one paper.
     *
     * @param count the highest count any source gave, if any did
     * @param source the source of that count, or ""
     * @param answers what each source said, in the order they were asked
     */
    public record Counted(Paper paper, Optional<Integer> count, String source, List<Answer> answers) {
    }

    /**
     * The outcome.
     *
     * @param papers each paper with a DOI or arXiv id, in the site's order
     * @param withoutId the papers the sources cannot be asked about
     * @param failures why each source that failed gave no answer, by source
     * @param sourcesAsked how many sources were asked
     */
    public record Outcome(List<Counted> papers, List<Paper> withoutId, Map<String, SourceFailure> failures,
            int sourcesAsked) {

        /** Whether no source could be reached at all: the machine is offline, or every address is wrong. */
        public boolean offline() {
            return sourcesAsked > 0 && failures.size() == sourcesAsked
                    && failures.values().stream().allMatch(f -> f.kind() == SourceFailure.Kind.UNREACHABLE);
        }
    }

    /** Hears of each source as it is asked, and of each paper once counted. */
    public interface Progress {

        void asking(String source, int papers);

        void counted(Counted paper);
    }

    private final List<CitationSource> sources;

    public CitationUpdate(List<CitationSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public Outcome run(List<Paper> papers, Progress progress) {
        List<Paper> identified = papers.stream()
                .filter(paper -> paper.doi().isPresent() || paper.arxiv().isPresent()).toList();
        Map<String, Map<String, Integer>> countsBySource = new LinkedHashMap<>();
        Map<String, SourceFailure> failures = new LinkedHashMap<>();
        if (!identified.isEmpty()) {
            for (CitationSource source : sources) {
                progress.asking(source.name(), identified.size());
                try {
                    countsBySource.put(source.name(), source.counts(identified));
                } catch (SourceFailure failure) {
                    failures.put(source.name(), failure);
                }
            }
        }
        List<Counted> counted = new ArrayList<>();
        for (Paper paper : identified) {
            List<Answer> answers = new ArrayList<>();
            Optional<Integer> best = Optional.empty();
            String bestSource = "";
            for (CitationSource source : sources) {
                SourceFailure failure = failures.get(source.name());
                Optional<Integer> count = failure == null
                        ? Optional.ofNullable(countsBySource.get(source.name()).get(paper.key())) : Optional.empty();
                answers.add(new Answer(source.name(), count, failure == null ? "" : failure.getMessage()));
                if (count.isPresent() && (best.isEmpty() || count.get() > best.get())) {
                    best = count;
                    bestSource = source.name();
                }
            }
            Counted result = new Counted(paper, best, bestSource, List.copyOf(answers));
            progress.counted(result);
            counted.add(result);
        }
        return new Outcome(List.copyOf(counted), papers.stream()
                .filter(paper -> paper.doi().isEmpty() && paper.arxiv().isEmpty()).toList(), failures,
                identified.isEmpty() ? 0 : sources.size());
    }
}

package dev.homepage.scholarly;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Semantic Scholar's Graph API: a POST to {@code /graph/v1/paper/batch?fields=citationCount} with up to 500 ids
 * ({@code DOI:...}, {@code ARXIV:...}) answers with a list in the same order, null for a paper it does not know.
 * An API key goes in the {@code x-api-key} header.
 */
public final class SemanticScholar extends WebSource {

    /** Where Semantic Scholar's API is. */
    public static final String URL = "https://api.semanticscholar.org";
    static final int BATCH = 100;

    /** @param api a client that sends the {@code x-api-key} header, when there is a key */
    public SemanticScholar(WebApi api, String baseUrl) {
        super(api, baseUrl);
    }

    @Override
    public Map<String, Integer> counts(List<Paper> papers) throws SourceFailure {
        Map<String, Integer> counts = new HashMap<>();
        List<Paper> known = papers.stream().filter(paper -> paper.doi().isPresent() || paper.arxiv().isPresent())
                .toList();
        for (List<Paper> batch : Http.batches(known, BATCH)) {
            List<String> ids = new ArrayList<>();
            for (Paper paper : batch) {
                ids.add(paper.doi().map(doi -> "DOI:" + doi).orElseGet(() -> "ARXIV:" + paper.arxiv().get()));
            }
            JsonNode answer = api.postJson(URI.create(base + "/graph/v1/paper/batch?fields=citationCount"),
                    Map.of("ids", ids));
            if (!answer.isArray() || answer.size() != batch.size()) {
                throw new SourceFailure(SourceFailure.Kind.DOWN, name() + " answered without one entry per paper");
            }
            for (int i = 0; i < batch.size(); i++) {
                JsonNode paper = answer.get(i);
                if (paper != null && paper.path("citationCount").isInt()) {
                    counts.put(batch.get(i).key(), paper.path("citationCount").asInt());
                }
            }
        }
        return counts;
    }
}

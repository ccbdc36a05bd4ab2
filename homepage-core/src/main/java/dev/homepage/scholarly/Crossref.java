package dev.homepage.scholarly;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Crossref: {@code /works?filter=doi:a,doi:b} answers for many DOIs at once with each work's
 * {@code is-referenced-by-count} (the same count as {@code /works/{doi}}'s {@code message}); a contact address
 * ({@code mailto}) puts the requests in its polite pool. It knows the DOIs its members register, not arXiv's.
 */
public final class Crossref implements CitationSource {

    /** Where Crossref's REST API is. */
    public static final String URL = "https://api.crossref.org";
    static final int BATCH = 20;

    private final WebApi api;
    private final String base;
    private final Optional<String> mailto;

    public Crossref(WebApi api, String baseUrl, Optional<String> mailto) {
        this.api = api;
        this.base = Http.withoutTrailingSlash(baseUrl);
        this.mailto = mailto;
    }

    @Override
    public String name() {
        return api.name();
    }

    @Override
    public Map<String, Integer> counts(List<Paper> papers) throws SourceFailure {
        Map<String, Integer> counts = new HashMap<>();
        List<Paper> known = papers.stream().filter(paper -> paper.doi().isPresent()).toList();
        for (List<Paper> batch : Http.batches(known, BATCH)) {
            Map<String, List<Paper>> byDoi = Http.byDoi(batch);
            String filter = String.join(",", byDoi.keySet().stream().map(doi -> "doi:" + doi).toList());
            StringBuilder query = new StringBuilder("filter=").append(Http.encode(filter)).append("&rows=")
                    .append(BATCH).append("&select=DOI,is-referenced-by-count");
            mailto.ifPresent(address -> query.append("&mailto=").append(Http.encode(address)));
            JsonNode items = api.getJson(URI.create(base + "/works?" + query)).path("message").path("items");
            if (!items.isArray()) {
                throw new SourceFailure(SourceFailure.Kind.DOWN, name() + " answered without a list of works");
            }
            for (JsonNode work : items) {
                Optional<String> doi = PaperIds.doi(work.path("DOI").asText(""));
                if (doi.isPresent() && work.path("is-referenced-by-count").isInt()) {
                    byDoi.getOrDefault(doi.get(), List.of()).forEach(
                            paper -> counts.put(paper.key(), work.path("is-referenced-by-count").asInt()));
                }
            }
        }
        return counts;
    }
}

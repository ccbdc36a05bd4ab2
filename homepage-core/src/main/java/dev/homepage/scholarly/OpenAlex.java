package dev.homepage.scholarly;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAlex: {@code /works?filter=doi:a|b} answers for up to 50 DOIs at once with each work's
 * {@code cited_by_count}. It asks for an API key beyond small use ({@code api_key}), and for a contact address in
 * its polite pool ({@code mailto}). arXiv preprints are known by the DOI arXiv registers for them.
 */
public final class OpenAlex implements CitationSource {

    /** Where OpenAlex's API is. */
    public static final String URL = "https://api.openalex.org";
    static final int BATCH = 50;

    private final WebApi api;
    private final String base;
    private final Optional<String> apiKey;
    private final Optional<String> mailto;

    public OpenAlex(WebApi api, String baseUrl, Optional<String> apiKey, Optional<String> mailto) {
        this.api = api;
        this.base = Http.withoutTrailingSlash(baseUrl);
        this.apiKey = apiKey;
        this.mailto = mailto;
    }

    @Override
    public String name() {
        return api.name();
    }

    @Override
    public Map<String, Integer> counts(List<Paper> papers) throws SourceFailure {
        Map<String, Integer> counts = new HashMap<>();
        List<Paper> known = papers.stream().filter(paper -> paper.lookupDoi().isPresent()).toList();
        for (List<Paper> batch : Http.batches(known, BATCH)) {
            Map<String, List<Paper>> byDoi = Http.byDoi(batch);
            String filter = "doi:" + String.join("|", byDoi.keySet().stream().map(doi -> "https://doi.org/" + doi)
                    .toList());
            StringBuilder query = new StringBuilder("filter=").append(Http.encode(filter))
                    .append("&per-page=").append(BATCH).append("&select=doi,cited_by_count");
            apiKey.ifPresent(key -> query.append("&api_key=").append(Http.encode(key)));
            mailto.ifPresent(address -> query.append("&mailto=").append(Http.encode(address)));
            JsonNode answer = api.getJson(URI.create(base + "/works?" + query));
            JsonNode results = answer.path("results");
            if (!results.isArray()) {
                throw new SourceFailure(SourceFailure.Kind.DOWN, name() + " answered without a list of works");
            }
            for (JsonNode work : results) {
                Optional<String> doi = PaperIds.doi(work.path("doi").asText(""));
                if (doi.isPresent() && work.path("cited_by_count").isInt()) {
                    byDoi.getOrDefault(doi.get(), List.of())
                            .forEach(paper -> counts.put(paper.key(), work.path("cited_by_count").asInt()));
                }
            }
        }
        return counts;
    }
}

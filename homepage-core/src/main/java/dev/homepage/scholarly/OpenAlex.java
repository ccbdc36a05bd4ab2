package dev.homepage.scholarly;

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
public final class OpenAlex extends WebSource {

    /** Where OpenAlex's API is. */
    public static final String URL = "https://api.openalex.org";
    static final int BATCH = 50;

    private final Optional<String> apiKey;
    private final Optional<String> mailto;

    public OpenAlex(WebApi api, String baseUrl, Optional<String> apiKey, Optional<String> mailto) {
        super(api, baseUrl);
        this.apiKey = apiKey;
        this.mailto = mailto;
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
            countByDoi(api.getJson(URI.create(base + "/works?" + query)).path("results"), "doi", "cited_by_count",
                    byDoi, counts);
        }
        return counts;
    }
}

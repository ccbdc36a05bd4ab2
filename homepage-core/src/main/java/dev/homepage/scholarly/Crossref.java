package dev.homepage.scholarly;

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
public final class Crossref extends WebSource {

    /** Where Crossref's REST API is. */
    public static final String URL = "https://api.crossref.org";
    static final int BATCH = 20;

    private final Optional<String> mailto;

    public Crossref(WebApi api, String baseUrl, Optional<String> mailto) {
        super(api, baseUrl);
        this.mailto = mailto;
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
            countByDoi(api.getJson(URI.create(base + "/works?" + query)).path("message").path("items"), "DOI",
                    "is-referenced-by-count", byDoi, counts);
        }
        return counts;
    }
}

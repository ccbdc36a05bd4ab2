package dev.homepage.scholarly;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the citation sources share: their API, its base address, and reading a list of works by DOI. */
abstract class WebSource implements CitationSource {

    protected final WebApi api;
    protected final String base;

    WebSource(WebApi api, String baseUrl) {
        this.api = api;
        this.base = Http.withoutTrailingSlash(baseUrl);
    }

    @Override
    public String name() {
        return api.name();
    }

    /**
     * Notes the count of each work of an answer's list under the papers of its DOI.
     *
     * @throws SourceFailure when the answer holds no list of works
     */
    protected void countByDoi(JsonNode works, String doiField, String countField, Map<String, List<Paper>> byDoi,
            Map<String, Integer> counts) throws SourceFailure {
        if (!works.isArray()) {
            throw new SourceFailure(SourceFailure.Kind.DOWN, name() + " answered without a list of works");
        }
        for (JsonNode work : works) {
            Optional<String> doi = PaperIds.doi(work.path(doiField).asText(""));
            if (doi.isPresent() && work.path(countField).isInt()) {
                byDoi.getOrDefault(doi.get(), List.of())
                        .forEach(paper -> counts.put(paper.key(), work.path(countField).asInt()));
            }
        }
    }
}

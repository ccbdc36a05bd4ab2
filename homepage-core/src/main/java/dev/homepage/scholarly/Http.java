package dev.homepage.scholarly;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the sources' requests share: batches, query encoding, base URLs. */
final class Http {

    private Http() {
    }

    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            batches.add(items.subList(start, Math.min(items.size(), start + size)));
        }
        return batches;
    }

    /** The papers by the DOI they are looked up by, in order; two papers of one DOI both get its count. */
    static Map<String, List<Paper>> byDoi(List<Paper> papers) {
        Map<String, List<Paper>> byDoi = new LinkedHashMap<>();
        papers.forEach(paper -> paper.lookupDoi().ifPresent(
                doi -> byDoi.computeIfAbsent(doi, key -> new ArrayList<>()).add(paper)));
        return byDoi;
    }

    /** A call to a web API. */
    interface Call<T> {
        T run() throws SourceFailure;
    }

    /**
     * The call's answer; an API's "not found" for what the user named is the user's mistake, said as a problem
     * of the parameter.
     */
    static <T> T ofKnown(Call<T> call, String parameter, String unknown) throws SiteBuildException, SourceFailure {
        try {
            return call.run();
        } catch (SourceFailure failure) {
            if (failure.kind() == SourceFailure.Kind.NOT_FOUND) {
                throw new SiteBuildException(List.of(new Problem(Path.of(parameter), unknown)));
            }
            throw failure;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String withoutTrailingSlash(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}

package dev.homepage.scholarly;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** DOIs and arXiv identifiers as people write them, checked and brought to one form. */
public final class PaperIds {

    /** A DOI: the directory indicator 10., a registrant code, a slash, a suffix without spaces. */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    /** arXiv's identifiers: 2504.00001 (with an optional version), or the old math.GT/0309136. */
    private static final Pattern ARXIV = Pattern.compile("(\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
    private static final String[] DOI_PREFIXES = {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
        "http://dx.doi.org/", "doi.org/", "doi:"};
    private static final String[] ARXIV_PREFIXES = {"https://arxiv.org/abs/", "http://arxiv.org/abs/",
        "arxiv.org/abs/", "arxiv:"};

    private PaperIds() {
    }

    /**
     * The DOI in its plain, lower-case form ({@code 10.1000/xyz}): DOIs are case-insensitive, and written with
     * or without {@code https://doi.org/} or {@code doi:}; empty when the text is not a DOI.
     */
    public static Optional<String> doi(String text) {
        String doi = withoutPrefix(text.strip(), DOI_PREFIXES);
        return DOI.matcher(doi).matches() ? Optional.of(doi.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The arXiv identifier without its version ({@code 2504.00001}); empty when the text is not one. */
    public static Optional<String> arxiv(String text) {
        String id = withoutPrefix(text.strip(), ARXIV_PREFIXES);
        if (!ARXIV.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(id.replaceFirst("v\\d+$", ""));
    }

    /** The DOI arXiv registers for each of its papers, under which the other sources know the preprint. */
    public static String arxivDoi(String arxiv) {
        return "10.48550/arxiv." + arxiv.toLowerCase(Locale.ROOT);
    }

    private static String withoutPrefix(String text, String[] prefixes) {
        for (String prefix : prefixes) {
            if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return text.substring(prefix.length()).strip();
            }
        }
        return text;
    }
}

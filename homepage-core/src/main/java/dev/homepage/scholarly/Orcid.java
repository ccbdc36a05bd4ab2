package dev.homepage.scholarly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.homepage.Problem;
import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import dev.homepage.publications.BibEntry;
import dev.homepage.publications.BibliographyLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A researcher's works from ORCID's public API v3.0: {@code /v3.0/{orcid}/works} lists them (one group per work,
 * the sources' copies of it inside), then {@code /v3.0/{orcid}/works/{put-codes}} gives up to 100 works whole, each
 * with the BibTeX citation its source deposited where there is one. A work without one becomes an entry made from
 * its title, type, date, journal, contributors and DOI.
 */
public final class Orcid implements WorkSource {

    /** Where ORCID's public API is. */
    public static final String URL = "https://pub.orcid.org";
    static final int BULK = 100;
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    private final WebApi api;
    private final String base;
    private final String orcid;

    /**
     * @param orcid the ORCID iD, alone or as its address ({@code https://orcid.org/0000-...})
     * @throws SiteBuildException when it is not an ORCID iD: the form and check digit are checked before asking
     */
    public Orcid(WebApi api, String baseUrl, String orcid) throws SiteBuildException {
        this.api = api;
        this.base = Http.withoutTrailingSlash(baseUrl);
        this.orcid = checked(orcid.strip().replaceFirst("^https?://(www\\.)?orcid\\.org/", ""));
    }

    @Override
    public String name() {
        return "ORCID " + orcid;
    }

    @Override
    public List<BibEntry> works(Consumer<String> progress) throws SiteBuildException, SourceFailure {
        JsonNode list = Http.ofKnown(() -> api.getJson(URI.create(base + "/v3.0/" + orcid + "/works")),
                "-Dhomepage.orcid=" + orcid,
                "ORCID knows no researcher " + orcid + ": check the iD on the researcher's ORCID page");
        List<String> putCodes = new ArrayList<>();
        for (JsonNode group : list.path("group")) {
            JsonNode summary = group.path("work-summary").path(0);
            if (summary.has("put-code")) {
                putCodes.add(summary.path("put-code").asText());
            }
        }
        List<BibEntry> entries = new ArrayList<>();
        for (List<String> bulk : Http.batches(putCodes, BULK)) {
            JsonNode works = api.getJson(URI.create(base + "/v3.0/" + orcid + "/works/" + String.join(",", bulk)));
            for (JsonNode item : works.path("bulk")) {
                JsonNode work = item.path("work");
                if (!work.isMissingNode()) {
                    entries.add(entry(work));
                }
            }
            progress.accept("fetched " + entries.size() + " of " + putCodes.size() + " works");
        }
        return entries;
    }

    /** The work's deposited BibTeX when it parses, else an entry made from its fields. */
    private BibEntry entry(JsonNode work) {
        String putCode = work.path("put-code").asText();
        Path origin = Path.of("ORCID " + orcid + " work " + putCode);
        JsonNode citation = work.path("citation");
        if (citation.path("citation-type").asText("").equalsIgnoreCase("bibtex")) {
            List<BibEntry> parsed = BibliographyLoader.parse(origin, citation.path("citation-value").asText(""),
                    new Problems());
            if (parsed.size() == 1) {
                BibEntry deposited = parsed.get(0);
                Map<String, String> latex = new LinkedHashMap<>(deposited.latex());
                doiOf(work).ifPresent(doi -> latex.putIfAbsent("doi", doi));
                return Entries.of(deposited.type(), latex, origin);
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", Entries.escape(work.path("title").path("title").path("value").asText("")));
        List<String> authors = new ArrayList<>();
        for (JsonNode contributor : work.path("contributors").path("contributor")) {
            String name = contributor.path("credit-name").path("value").asText("");
            if (!name.isBlank()) {
                authors.add(Entries.escape(name.strip()));
            }
        }
        if (!authors.isEmpty()) {
            fields.put("author", String.join(" and ", authors));
        }
        String type = typeOf(work.path("type").asText(""));
        String venue = work.path("journal-title").path("value").asText("");
        if (!venue.isBlank()) {
            fields.put(type.equals("inproceedings") ? "booktitle" : "journal", Entries.escape(venue.strip()));
        }
        String year = work.path("publication-date").path("year").path("value").asText("");
        if (!year.isBlank()) {
            fields.put("year", year);
        }
        doiOf(work).ifPresent(doi -> fields.put("doi", doi));
        return Entries.of(type, fields, origin);
    }

    private static java.util.Optional<String> doiOf(JsonNode work) {
        for (JsonNode id : work.path("external-ids").path("external-id")) {
            if (id.path("external-id-type").asText("").equalsIgnoreCase("doi")) {
                return PaperIds.doi(id.path("external-id-value").asText(""));
            }
        }
        return java.util.Optional.empty();
    }

    /** BibTeX's entry type for ORCID's work type. */
    private static String typeOf(String orcidType) {
        return switch (orcidType.toLowerCase(Locale.ROOT)) {
            case "journal-article" -> "article";
            case "conference-paper" -> "inproceedings";
            case "book" -> "book";
            case "book-chapter" -> "incollection";
            case "dissertation-thesis", "dissertation" -> "phdthesis";
            case "report", "working-paper" -> "techreport";
            default -> "misc";
        };
    }

    /** The iD, checked: four groups of four digits, the last character an ISO 7064 MOD 11-2 check digit. */
    static String checked(String orcid) throws SiteBuildException {
        String upper = orcid.toUpperCase(Locale.ROOT);
        if (!FORM.matcher(upper).matches() || checkDigit(upper.replace("-", "").substring(0, 15)) != upper.charAt(18)) {
            throw new SiteBuildException(List.of(new Problem(Path.of("-Dhomepage.orcid=" + orcid),
                    "'" + orcid + "' is not an ORCID iD: an iD reads 0000-0002-1825-0097, sixteen digits (the last"
                            + " may be X) in groups of four; copy it from the researcher's ORCID page")));
        }
        return upper;
    }

    private static char checkDigit(String digits) {
        int total = 0;
        for (char digit : digits.toCharArray()) {
            total = (total + (digit - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }
}

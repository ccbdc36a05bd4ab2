package dev.homepage.publications;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Citation counts the site keeps in its repository, so that the build never asks Google Scholar: AcadHomepage's
 * {@code gs_data.json} (written by its crawler: {@code citedby}, and {@code publications} by Scholar id with
 * {@code num_citations}), and {@code _data/citations.yml}: {@code total:} and {@code papers:}, counts by BibTeX
 * key or Scholar id, each a number or (as the citations goal writes them) a {@code count:} with its source and date. Where both give a count, citations.yml wins: it is the one edited by hand.
 */
final class CitationCounts {

    private final Map<String, Integer> byId = new HashMap<>();
    private OptionalInt total = OptionalInt.empty();

    static CitationCounts of(Object gsData, Object citationsYml) {
        CitationCounts counts = new CitationCounts();
        if (gsData instanceof Map<?, ?> scholar) {
            counts.total = number(scholar.get("citedby"));
            if (scholar.get("publications") instanceof Map<?, ?> papers) {
                papers.forEach((id, paper) -> {
                    if (paper instanceof Map<?, ?> fields) {
                        number(fields.get("num_citations")).ifPresent(count -> counts.put(String.valueOf(id), count));
                    }
                });
            }
        }
        if (citationsYml instanceof Map<?, ?> file) {
            number(file.get("total")).ifPresent(value -> counts.total = OptionalInt.of(value));
            if (file.get("papers") instanceof Map<?, ?> papers) {
                papers.forEach((id, count) -> number(count).ifPresent(value -> counts.put(String.valueOf(id), value)));
            }
        }
        return counts;
    }

    /** Scholar ids read "user:paper" in gs_data.json and "paper" in al-folio's google_scholar_id. */
    private void put(String id, int count) {
        byId.put(id, count);
        if (id.contains(":")) {
            byId.put(id.substring(id.indexOf(':') + 1), count);
        }
    }

    OptionalInt of(String key, String scholarId) {
        if (byId.containsKey(key)) {
            return OptionalInt.of(byId.get(key));
        }
        return !scholarId.isEmpty() && byId.containsKey(scholarId) ? OptionalInt.of(byId.get(scholarId))
                : OptionalInt.empty();
    }

    /** The total the files give, or else the sum of the papers' counts; empty when no paper has one. */
    OptionalInt total(Iterable<Publication> publications) {
        if (total.isPresent()) {
            return total;
        }
        int sum = 0;
        boolean any = false;
        for (Publication publication : publications) {
            if (publication.citations().isPresent()) {
                sum += publication.citations().getAsInt();
                any = true;
            }
        }
        return any ? OptionalInt.of(sum) : OptionalInt.empty();
    }

    /** A count: a number, or the citations goal's entry of a count with its source and date. */
    private static OptionalInt number(Object value) {
        if (value instanceof Map<?, ?> entry) {
            return number(entry.get("count"));
        }
        if (value instanceof Number number) {
            return OptionalInt.of(number.intValue());
        }
        try {
            return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(String.valueOf(value).strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}

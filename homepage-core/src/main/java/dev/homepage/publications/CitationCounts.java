package dev.homepage.publications;

import dev.homepage.config.YamlValues;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Citation counts the site keeps in its repository, so that the build never asks Google Scholar: AcadHomepage's
 * {@code gs_data.json} (written by its crawler: {@code citedby}, and {@code publications} by Scholar id with
 * {@code num_citations}), and {@code _data/citations.yml}: {@code total:} and {@code papers:}, counts by BibTeX
 * key or Scholar id, each a number or (as the citations goal writes them) a {@code count:} with its source and date. Where both give a count, citations.yml wins: it is the one edited by hand.
 */
final class CitationCounts {

    private final Map<String, Integer> byId = new HashMap<>();
    private OptionalInt total = OptionalInt.empty();

    /**
     * A count that is none (-5, 1e30, "many"), as found: the data it is in ({@code gs_data} or {@code citations}),
     * the key it is under, and what it is.
     */
    record Rejected(String data, String key, Object value) {
    }

    /** @param rejected hears of each count that is no count, which is left out */
    static CitationCounts of(Object gsData, Object citationsYml, Consumer<Rejected> rejected) {
        CitationCounts counts = new CitationCounts();
        if (gsData instanceof Map<?, ?> scholar) {
            Counting counting = new Counting(PublicationCatalog.GS_DATA, rejected);
            counts.total = counting.count("citedby", scholar.get("citedby"));
            if (scholar.get("publications") instanceof Map<?, ?> papers) {
                papers.forEach((id, paper) -> {
                    if (paper instanceof Map<?, ?> fields) {
                        counting.count(String.valueOf(id), fields.get("num_citations"))
                                .ifPresent(count -> counts.put(String.valueOf(id), count));
                    }
                });
            }
        }
        if (citationsYml instanceof Map<?, ?> file) {
            Counting counting = new Counting(PublicationCatalog.CITATIONS, rejected);
            counting.count("total", file.get("total")).ifPresent(value -> counts.total = OptionalInt.of(value));
            if (file.get("papers") instanceof Map<?, ?> papers) {
                papers.forEach((id, count) -> counting.count(String.valueOf(id), count)
                        .ifPresent(value -> counts.put(String.valueOf(id), value)));
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

    /** Reads the counts of one data file, telling of those that are none. */
    private record Counting(String data, Consumer<Rejected> rejected) {

        /** A count: a whole number of 0 or more, or the citations goal's entry of one with its source and date. */
        OptionalInt count(String key, Object value) {
            Object number = value instanceof Map<?, ?> entry ? entry.get("count") : value;
            if (number == null) {
                return OptionalInt.empty();
            }
            OptionalInt count = YamlValues.count(number);
            if (count.isEmpty()) {
                rejected.accept(new Rejected(data, key, number));
            }
            return count;
        }
    }
}

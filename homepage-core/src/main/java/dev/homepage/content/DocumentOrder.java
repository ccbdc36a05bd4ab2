package dev.homepage.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The orders of collection items: by date, undated items last, then by path. Each item's instant and path are
 * worked out once, not at each of the many comparisons a sort makes: comparing two dates with their zones is not
 * cheap, and a rebuild sorts thousands of items.
 */
public final class DocumentOrder {

    private record Keyed(Document document, Instant instant, String path) {
        static Keyed of(Document document) {
            return new Keyed(document, document.date() == null ? null : document.date().toInstant(),
                    document.source().toString());
        }
    }

    private static final Comparator<Keyed> BY_PATH = Comparator.comparing(Keyed::path);

    private DocumentOrder() {
    }

    /** Jekyll's order of collection items: oldest first, undated last, then by path. */
    public static List<Document> oldestFirst(Collection<Document> documents) {
        return sorted(documents, Comparator.comparing(Keyed::instant, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /**
     * The order of listings: newest first, undated last, then by path. Made from Jekyll's order, which each
     * collection's items are kept in, without sorting them again (a rebuild lists every item of every collection):
     * the runs of items of one date are taken from the newest back, each run in its path order, then the undated.
     *
     * @param oldestFirst items in Jekyll's order ({@link #oldestFirst})
     */
    public static List<Document> newestFirst(List<Document> oldestFirst) {
        int dated = 0;
        while (dated < oldestFirst.size() && oldestFirst.get(dated).date() != null) {
            dated++;
        }
        List<Document> newest = new ArrayList<>(oldestFirst.size());
        int end = dated;
        while (end > 0) {
            Instant instant = oldestFirst.get(end - 1).date().toInstant();
            int start = end - 1;
            while (start > 0 && oldestFirst.get(start - 1).date().toInstant().equals(instant)) {
                start--;
            }
            newest.addAll(oldestFirst.subList(start, end));
            end = start;
        }
        newest.addAll(oldestFirst.subList(dated, oldestFirst.size()));
        return Collections.unmodifiableList(newest);
    }

    private static List<Document> sorted(Collection<Document> documents, Comparator<Keyed> byDate) {
        return documents.stream().map(Keyed::of).sorted(byDate.thenComparing(BY_PATH)).map(Keyed::document).toList();
    }
}

package dev.homepage.content;

import dev.homepage.Problems;
import dev.homepage.config.SiteConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lists a load of the content makes of its documents: which are published, which get a page of their own,
 * the pages in path order and each collection's items in Jekyll's order. The lists read of a document only its
 * path, collection, date, URL and whether it is written ({@link Place}), and the config and build time decide
 * which dated items are published. So when a load reads the same documents as the last one, in the same order,
 * but for a few whose place is what it was (a save that changes a text), those few are swapped into the last
 * lists where they stood, instead of every list being made again over every document.
 */
final class DocumentLists {

    /** More changed documents than this, and the lists are made again: a swap per document would cost more. */
    private static final int MOST_SWAPPED = 64;

    /**
     * The lists of a load.
     *
     * @param pages the pages, in path order
     * @param collections the items of each collection, oldest first, undated last, then by path
     */
    record Lists(List<Document> pages, Map<String, List<Document>> collections) {
    }

    /** All the lists read of a document: two documents with the same place stand in the same places. */
    private record Place(Path source, String collection, ZonedDateTime date, String url, boolean output) {

        static Place of(Document document) {
            return new Place(document.source(), document.collection(), document.date(), document.url(),
                    document.output());
        }
    }

    /**
     * Lists made from documents.
     *
     * @param documents the documents they were made from, in the order the load read them
     * @param config what the config was made from, which says which collections there are and if the future is
     *     published
     * @param latestPublished the latest date of a published item, or null: the lists hold while the build's time
     *     is not before it
     * @param earliestUnpublished the earliest date of an item not published yet, or null: the lists hold while the
     *     build's time is before it
     * @param unwritten the documents another one's page replaces, by path
     * @param problems what making them said: items not published yet, documents that get no page
     */
    private record Made(List<Document> documents, String config, Instant latestPublished,
            Instant earliestUnpublished, Set<Path> unwritten, Lists lists, Problems problems) {

        /** Whether each item published under these lists is published at the time, and no other. */
        boolean holdsAt(SiteConfig at) {
            Instant time = at.time().toInstant();
            return at.future() || (latestPublished == null || !latestPublished.isAfter(time))
                    && (earliestUnpublished == null || earliestUnpublished.isAfter(time));
        }
    }

    private Made last;

    /**
     * The lists of the documents: the last ones, with the changed documents swapped in, when only documents that
     * keep their place changed; else made now.
     *
     * @param documents the documents read, in the order of the source folder's files
     * @param configFingerprint what the config was made from
     */
    Lists of(List<Document> documents, SiteConfig config, String configFingerprint, Problems problems) {
        Lists swapped = last == null ? null : swapped(documents, config, configFingerprint);
        if (swapped != null) {
            problems.addAll(last.problems());
            last = new Made(documents, last.config(), last.latestPublished(), last.earliestUnpublished(),
                    last.unwritten(), swapped, last.problems());
            return swapped;
        }
        last = make(documents, config, configFingerprint);
        problems.addAll(last.problems());
        return last.lists();
    }

    /** The last lists with the changed documents in their places; null when a changed one's place is not the same. */
    private Lists swapped(List<Document> documents, SiteConfig config, String configFingerprint) {
        List<Document> before = last.documents();
        if (documents.size() != before.size() || !configFingerprint.equals(last.config()) || !last.holdsAt(config)) {
            return null;
        }
        // By identity: a document the last load read is the same object when its file did not change.
        Map<Document, Document> changed = new IdentityHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Document now = documents.get(i);
            Document then = before.get(i);
            if (now != then) {
                if (changed.size() == MOST_SWAPPED || !Place.of(now).equals(Place.of(then))) {
                    return null;
                }
                changed.put(then, now);
            }
        }
        if (changed.isEmpty()) {
            return last.lists();
        }
        Map<String, List<Document>> collections = new TreeMap<>(last.lists().collections());
        collections.replaceAll((name, items) -> swappedIn(items, changed));
        return new Lists(swappedIn(last.lists().pages(), changed), Collections.unmodifiableMap(collections));
    }

    /** The list with each document that changed replaced by its new self, given no page when it had none. */
    private List<Document> swappedIn(List<Document> list, Map<Document, Document> changed) {
        List<Document> swapped = null;
        for (int i = 0; i < list.size(); i++) {
            Document listed = list.get(i);
            // A document another one's page replaces is listed as a copy given no page: found by its path.
            Document then = last.unwritten().contains(listed.source()) ? original(listed) : listed;
            Document now = changed.get(then);
            if (now != null) {
                swapped = swapped == null ? new ArrayList<>(list) : swapped;
                swapped.set(i, listed.output() ? now : now.withoutOutput());
            }
        }
        return swapped == null ? list : Collections.unmodifiableList(swapped);
    }

    /** The document as the last load read it, of which the listed one is a copy given no page. */
    private Document original(Document listed) {
        return last.documents().stream().filter(document -> document.source().equals(listed.source()))
                .findFirst().orElse(listed);
    }

    private static Made make(List<Document> documents, SiteConfig config, String configFingerprint) {
        Problems problems = new Problems();
        List<Document> published = published(documents, config, problems);
        Set<Path> unwritten = new HashSet<>();
        List<Document> listed = onePagePerFile(published, unwritten, problems);
        List<Document> pages = listed.stream().filter(Document::isPage)
                .sorted(Comparator.comparing(document -> document.source().toString())).toList();
        Map<String, List<Document>> collections = new TreeMap<>();
        for (String name : config.collections().keySet()) {
            collections.put(name, DocumentOrder.oldestFirst(listed.stream()
                    .filter(document -> document.collection().equals(name)).toList()));
        }
        Instant time = config.time().toInstant();
        Instant latestPublished = null;
        Instant earliestUnpublished = null;
        for (Document document : documents) {
            if (!document.isPage() && document.date() != null) {
                Instant date = document.date().toInstant();
                if (date.isAfter(time)) {
                    earliestUnpublished = earliestUnpublished == null || date.isBefore(earliestUnpublished) ? date
                            : earliestUnpublished;
                } else {
                    latestPublished = latestPublished == null || date.isAfter(latestPublished) ? date
                            : latestPublished;
                }
            }
        }
        return new Made(documents, configFingerprint, latestPublished, earliestUnpublished, Set.copyOf(unwritten),
                new Lists(pages, Collections.unmodifiableMap(collections)), problems);
    }

    /**
     * The documents to publish: as Jekyll, a collection item dated after the site's time is left out unless the
     * config sets {@code future: true}; worked out at every build, as that time moves on.
     */
    private static List<Document> published(List<Document> documents, SiteConfig config, Problems problems) {
        if (config.future()) {
            return documents;
        }
        return documents.stream().filter(document -> {
            boolean future = !document.isPage() && document.date() != null && document.date().isAfter(config.time());
            if (future) {
                problems.warn(document.source(), 0, "is not published: its date, " + document.date().toLocalDate()
                        + ", is after the build's (" + config.time().toLocalDate() + "); as in Jekyll, a dated item"
                        + " waits for its day unless _config.yml sets future: true");
            }
            return !future;
        }).toList();
    }

    /**
     * The documents with one page for each output file: of two that write the same file, Jekyll writes both and
     * the last stays, so the one later in path order gets the page and the other is said to get none; both stay
     * in their collection's list, as in Jekyll.
     *
     * @param unwritten gets the paths of the documents that get no page
     */
    private static List<Document> onePagePerFile(List<Document> documents, Set<Path> unwritten, Problems problems) {
        Map<String, Document> byFile = new HashMap<>();
        Map<Path, Document> replaced = new HashMap<>();
        documents.stream().filter(Document::output).sorted(Comparator.comparing(d -> d.source().toString()))
                .forEach(document -> {
                    Document earlier = byFile.put(Permalinks.fileOf(document.url()), document);
                    if (earlier != null) {
                        replaced.put(earlier.source(), earlier.withoutOutput());
                        problems.warn(earlier.source(), 0, "gets no page: " + document.source() + " writes "
                                + Permalinks.fileOf(document.url()) + " too, and as in Jekyll the later one stays;"
                                + " give one of them another permalink");
                    }
                });
        unwritten.addAll(replaced.keySet());
        return replaced.isEmpty() ? documents
                : documents.stream().map(document -> replaced.getOrDefault(document.source(), document)).toList();
    }
}

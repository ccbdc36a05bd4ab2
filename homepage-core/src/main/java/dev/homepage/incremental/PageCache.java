package dev.homepage.incremental;

import dev.homepage.SourceError;
import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.content.RenderedDocument;
import dev.homepage.publications.Publication;
import dev.homepage.publications.PublicationCatalog;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What the page renderer keeps from one build for the next: the views of pages and papers, the plain text of
 * bodies, the pages, and each document's outputs. A page is rendered again only when its template, the site's
 * templates or the config changed, or a top-level variable its template read last time has a new fingerprint
 * ({@link PageFingerprints}). A document's outputs (its pages, redirects and sitemap entries) are made again only
 * when its body or paper changed, or one of the same changed for one of its pages: a save makes the changed
 * documents' and the pages that list them, not one job per document of the site.
 */
public final class PageCache {

    private final BodyCache bodies;
    /** A page's view, by what its body was rendered from. */
    private final Memo<String, Object> views = new Memo<>();
    private final Memo<String, RenderedPage> pages = new Memo<>();
    /** The plain text of bodies and abstracts for the search index, by their HTML. */
    private final Memo<String, String> plainTexts = new Memo<>();
    /**
     * The rows of the search index and their JSON, in the index's order: the last build's, and this build's so far.
     * A save leaves most rows in their places, where they are compared, not looked up by their texts' hashes.
     */
    private List<SearchRow> lastSearchRows = List.of();
    private List<SearchRow> searchRows = new ArrayList<>();
    /** The JSON of the last build's rows, by row: made the first time a build has a row that is not in its place. */
    private Map<List<Object>, String> lastSearchRowsByValue;
    /** The search index in UTF-8, by its kinds and rows. */
    private final Memo<List<Object>, byte[]> searchIndexes = new Memo<>();
    /** A body's entry in the search index, by what the body was rendered from, as its view is. */
    private final Memo<String, Object> searchEntries = new Memo<>();
    private final AtomicInteger viewsMade = new AtomicInteger();
    /** What each document's pages, redirects and sitemap entries were, by its file, with what they were made from. */
    private final Memo<Path, KeptOutputs> documents = new Memo<>();
    private final AtomicInteger documentsLaidOut = new AtomicInteger();
    /** The order of the site's outputs by URL, and of the search index's entries, as the last build sorted them. */
    private final KeptOrder outputs = new KeptOrder();
    private final KeptOrder searchEntriesOrder = new KeptOrder();
    /** A paper's view, by publication, under the config of {@link #papersConfig}, which says how to show them. */
    private Memo<Publication, Object> papers = new Memo<>();
    /** A paper's entry in the search index, by publication, under the same config as {@link #papers}. */
    private Memo<Publication, Object> paperEntries = new Memo<>();
    /** The view of all publications, the same as long as the catalog is the same object, under the same config. */
    private PublicationCatalog.Catalog lastCatalog;
    private Object lastPapers;
    private String papersConfig = "";
    private String config = "";
    private String data = "";
    private String sources = "";
    private String base = "";

    /**
     * Whether each variable a page read last time (its name, and its fingerprint then) has the same fingerprint in
     * the model now. A loop, not a stream: a rebuild asks this of every page it does not keep with its document.
     */
    private static boolean readTheSame(Map<String, Object> inputs, Map<String, Object> model,
            PageFingerprints fingerprints) {
        for (Map.Entry<String, Object> input : inputs.entrySet()) {
            if (!input.getValue().equals(fingerprints.of(input.getKey(), model.get(input.getKey())))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a document's outputs were made from, beside the outputs.
     *
     * @param madeFrom what its body was rendered from
     * @param base what every page of the build was made from: the templates and the config
     * @param paper the publication its paper's page shows, or null
     * @param shared what each shared variable its pages read was made from, by name
     * @param outputs its outputs, as the page renderer keeps them
     */
    private record KeptOutputs(String madeFrom, String base, Object paper, Map<String, Object> shared,
            Object outputs) {
    }

    /** A row of the search index, and its JSON. */
    private record SearchRow(List<Object> row, String json) {
    }

    /** A template to render, given the model that notes what it reads. */
    public interface Template {
        String render(String name, TemplateHashModel model) throws SourceError;
    }

    PageCache(BodyCache bodies) {
        this.bodies = bodies;
    }

    /**
     * Starts a build, told what its pages are made from besides the values their templates read.
     *
     * @param config the fingerprint of the config of the build that starts
     * @param data what the data files were made from
     * @param sources what all the sources were made from: a value with no fingerprint of its own (one made from
     *     many documents) has this one, so a page that reads it is rendered again when any source changes
     * @param templates what the site's own templates were made from
     */
    void nextBuild(String config, String data, String sources, String templates) {
        this.config = config;
        this.data = data;
        this.sources = sources;
        this.base = Fingerprint.of(templates, config);
        views.nextBuild();
        pages.nextBuild();
        plainTexts.nextBuild();
        lastSearchRows = searchRows;
        searchRows = new ArrayList<>();
        lastSearchRowsByValue = null;
        searchIndexes.nextBuild();
        searchEntries.nextBuild();
        documents.nextBuild();
        if (config.equals(papersConfig)) {
            papers.nextBuild();
            paperEntries.nextBuild();
        } else {
            papers = new Memo<>();
            paperEntries = new Memo<>();
            lastCatalog = null;
            papersConfig = config;
        }
    }

    /**
     * A new record of what the views of this build are made from.
     *
     * @param feedUrl the feed's URL, which the site view shows, or ""
     */
    public PageFingerprints fingerprints(String feedUrl) {
        return new PageFingerprints(Fingerprint.of(config, data, feedUrl), sources, bodies);
    }

    /** The view of a body, made by this build or the last from a body rendered from the same; else made now. */
    @SuppressWarnings("unchecked")
    public <V> V viewOfBody(RenderedDocument body, Supplier<V> make) {
        return (V) views.get(bodies.madeFrom(body), () -> {
            viewsMade.incrementAndGet();
            return make.get();
        });
    }

    /** How many views of bodies were made, rather than taken from the last build, over all builds. */
    public int viewsMade() {
        return viewsMade.get();
    }

    /**
     * A document's outputs (its pages rendered, its redirects, its sitemap entries) as the last build made them,
     * when they may be taken again: its body was rendered from the same, its paper's page shows the same
     * publication, the templates and config are the same, and each shared variable any of its pages read has the
     * fingerprint it had then. Every other variable of its pages is made from its body, its paper and the config
     * alone. Else null: the caller makes them, and gives them to {@link #keepOutputs}.
     *
     * @param paper the publication its paper's page shows, or null
     * @param shared the variables its pages may read whose values are not made from it alone, by name
     */
    @SuppressWarnings("unchecked")
    public <T> T keptOutputs(RenderedDocument body, Object paper, Map<String, Object> shared,
            PageFingerprints fingerprints) {
        Path source = body.document().source();
        KeptOutputs kept = documents.find(source);
        if (kept != null && kept.madeFrom().equals(bodies.madeFrom(body)) && kept.base().equals(base)
                && Objects.equals(kept.paper(), paper) && readTheSame(kept.shared(), shared, fingerprints)) {
            documents.put(source, kept);
            return (T) kept.outputs();
        }
        documentsLaidOut.incrementAndGet();
        return null;
    }

    /**
     * Keeps a document's outputs for the next build, with what they were made from.
     *
     * @param read the variables its pages read
     * @param shared the variables its pages may read whose values are not made from it alone, by name
     */
    public void keepOutputs(RenderedDocument body, Object paper, Set<String> read, Map<String, Object> shared,
            PageFingerprints fingerprints, Object outputs) {
        Map<String, Object> sharedRead = new LinkedHashMap<>();
        for (String name : read) {
            if (shared.containsKey(name)) {
                sharedRead.put(name, fingerprints.of(name, shared.get(name)));
            }
        }
        documents.put(body.document().source(), new KeptOutputs(bodies.madeFrom(body), base, paper,
                Map.copyOf(sharedRead), outputs));
    }

    /** How many documents had their outputs made, rather than taken from the last build, over all builds. */
    public int documentsLaidOut() {
        return documentsLaidOut.get();
    }

    /**
     * The site's outputs sorted stably by the order: in the places the last build's sort found while each compares
     * equal to the output that stood in its place then, else sorted now.
     */
    public <T> List<T> sortedOutputs(List<T> outputs, Comparator<? super T> order) {
        return this.outputs.sorted(outputs, order);
    }

    /** The search index's entries sorted stably by the order, as {@link #sortedOutputs} sorts the outputs. */
    public <T> List<T> sortedSearchEntries(List<T> entries, Comparator<? super T> order) {
        return searchEntriesOrder.sorted(entries, order);
    }

    /** How many outputs and search entries were sorted, rather than put where the last build's sort put them. */
    public int itemsSorted() {
        return outputs.itemsSorted() + searchEntriesOrder.itemsSorted();
    }

    /** The view of a paper, made by this build or the last under the same config; else made now. */
    @SuppressWarnings("unchecked")
    public <V> V viewOfPaper(Publication publication, Supplier<V> make) {
        return (V) papers.get(publication, make::get);
    }

    /** The view of all papers: the last build's while the catalog is the same (the catalog's cache kept it). */
    @SuppressWarnings("unchecked")
    public <V> V viewOfPapers(PublicationCatalog.Catalog catalog, Supplier<V> make) {
        if (catalog != lastCatalog) {
            lastPapers = make.get();
            lastCatalog = catalog;
        }
        return (V) lastPapers;
    }

    /**
     * A body's entry in the search index, made by this build or the last from a body rendered from the same; else
     * made now. The entry must show only what the body's view shows, its file's front matter and the config.
     */
    @SuppressWarnings("unchecked")
    public <E> E searchEntry(RenderedDocument body, Supplier<E> make) {
        return (E) searchEntries.get(bodies.madeFrom(body), make::get);
    }

    /**
     * A paper's entry in the search index, made by this build or the last from the same publication under the same
     * config; else made now. The entry must show only what the paper's view shows, the publication and the config.
     */
    @SuppressWarnings("unchecked")
    public <E> E searchEntryOfPaper(Publication publication, Supplier<E> make) {
        return (E) paperEntries.get(publication, make::get);
    }

    /**
     * The JSON of a row of the search index, written by the last build (in the same place, or another); else written
     * now. The rows must be asked for in the index's order, one index a build.
     *
     * @param place where the row stands in the index
     */
    public String searchRow(int place, List<Object> row, Supplier<String> write) {
        SearchRow last = place < lastSearchRows.size() ? lastSearchRows.get(place) : null;
        String json;
        if (last != null && last.row().equals(row)) {
            json = last.json();
        } else {
            if (lastSearchRowsByValue == null) {
                lastSearchRowsByValue = new HashMap<>();
                lastSearchRows.forEach(earlier -> lastSearchRowsByValue.putIfAbsent(earlier.row(), earlier.json()));
            }
            json = lastSearchRowsByValue.get(row);
            if (json == null) {
                json = write.get();
            }
        }
        searchRows.add(new SearchRow(row, json));
        return json;
    }

    /**
     * The search index in UTF-8: the array of the last build when its kinds and rows are the same (as the rows
     * are kept, most are the same objects), so that what reads it again knows it by its identity; else joined now.
     */
    public byte[] searchIndex(List<Object> kindsAndRows, Supplier<byte[]> join) {
        return searchIndexes.get(kindsAndRows, join);
    }

    /** The plain text of some HTML, made by this build or the last; else made now. */
    public String plainText(String html, Supplier<String> make) {
        return plainTexts.get(html, make);
    }

    /**
     * The page at the URL: the last build's when the same template read variables that all have the same
     * fingerprint now, as the template, given the same values, would write the same page; else rendered now.
     *
     * @param wrapper how the template sees the model's values
     * @return the page, in UTF-8 (the form it is kept and written in), and what it read
     */
    public RenderedPage page(String url, String template, Map<String, Object> model, PageFingerprints fingerprints,
            ObjectWrapper wrapper, Template render) throws SourceError {
        RenderedPage before = pages.find(url);
        if (before != null && before.base().equals(base) && before.template().equals(template)
                && readTheSame(before.inputs(), model, fingerprints)) {
            pages.put(url, before);
            return before;
        }
        RecordingModel recording = new RecordingModel(model, wrapper);
        byte[] content = render.render(template, recording).getBytes(StandardCharsets.UTF_8);
        Map<String, Object> inputs = new LinkedHashMap<>();
        recording.read().forEach(name -> inputs.put(name, fingerprints.of(name, model.get(name))));
        RenderedPage page = new RenderedPage(base, template, inputs, content);
        pages.put(url, page);
        return page;
    }
}

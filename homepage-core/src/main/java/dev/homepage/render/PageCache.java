package dev.homepage.render;

import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.publications.Publication;
import dev.homepage.publications.PublicationCatalog;
import java.util.function.Supplier;

/** What the page renderer keeps from one build for the next: the views of pages and papers, and the pages. */
public final class PageCache {

    final Memo<String, PageView> views = new Memo<>();
    final Memo<String, RenderedPage> pages = new Memo<>();
    /** The plain text of bodies and abstracts for the search index, by their HTML. */
    final Memo<String, String> plainTexts = new Memo<>();
    /** By publication, under the config of {@link #papersConfig}, which says how to show them. */
    Memo<Publication, PublicationView> papers = new Memo<>();
    /** The view of all publications, the same as long as the catalog is the same object, under the same config. */
    private PublicationCatalog.Catalog lastCatalog;
    private Papers lastPapers;
    private String papersConfig = "";
    private String sources = "";
    private String base = "";

    /**
     * Starts a build, told what its pages are made from besides the values their templates read.
     *
     * @param config the fingerprint of the config of the build that starts
     * @param sources what all the sources were made from: a value with no fingerprint of its own (one made from
     *     many documents) has this one, so a page that reads it is rendered again when any source changes
     * @param templates what the site's own templates were made from
     */
    public void nextBuild(String config, String sources, String templates) {
        this.sources = sources;
        this.base = Fingerprint.of(templates, config);
        views.nextBuild();
        pages.nextBuild();
        plainTexts.nextBuild();
        if (config.equals(papersConfig)) {
            papers.nextBuild();
        } else {
            papers = new Memo<>();
            lastCatalog = null;
            papersConfig = config;
        }
    }

    /** What all the sources of this build were made from. */
    String sources() {
        return sources;
    }

    /** What every page of this build is made from: the templates and the config. */
    String base() {
        return base;
    }

    Papers publications(PublicationCatalog.Catalog catalog, Supplier<Papers> make) {
        if (catalog != lastCatalog) {
            lastPapers = make.get();
            lastCatalog = catalog;
        }
        return lastPapers;
    }
}

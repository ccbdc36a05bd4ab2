package dev.homepage.render;

import dev.homepage.cache.Fingerprint;
import dev.homepage.publications.Publication;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fingerprint of each value a page template may read in one build: the same fingerprint in the next build
 * means the same value. A page's own view and a paper's view have fingerprints of their own; the site has that of
 * the config and data; a value made from many documents (a listing, the news, the publications) has that of the
 * whole content, which changes when any source does.
 */
final class PageFingerprints {

    static final String ABSENT = "absent";

    private final String site;
    private final String everything;
    private final Map<Object, Supplier<String>> views = new IdentityHashMap<>();

    /**
     * @param site what the site view was made from
     * @param everything what all the sources were made from
     */
    PageFingerprints(String site, String everything) {
        this.site = site;
        this.everything = everything;
    }

    /** Notes what a page's view was made from. Not safe to call while pages render. */
    PageView remember(PageView view, String fingerprint) {
        views.put(view, () -> fingerprint);
        return view;
    }

    /**
     * Notes what a paper's view was made from: its publication, which holds every field the view shows (and the
     * site's config, which says how to show them, is in the fingerprint of every page). Worked out only when a
     * page that read the view is checked.
     */
    PublicationView remember(PublicationView view, Publication publication) {
        views.put(view, () -> Fingerprint.of(publication.toString()));
        return view;
    }

    String of(String name, Object value) {
        if (value == null) {
            return ABSENT;
        }
        if (name.equals("site")) {
            return site;
        }
        Supplier<String> fingerprint = views.get(value);
        return fingerprint == null ? everything : fingerprint.get();
    }
}

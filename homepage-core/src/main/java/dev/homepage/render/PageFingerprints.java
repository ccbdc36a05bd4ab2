package dev.homepage.render;

import dev.homepage.publications.Publication;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each value a page template may read in one build was made from: a value equal to the one of the next
 * build means the template would see the same. A page's own view has the fingerprint of its body; a paper's view
 * has its publication, compared field by field; a listing, the news and the publications have those of their
 * items; the site has the fingerprint of the config and data. Any other value has that of the whole content,
 * which changes when any source does.
 */
final class PageFingerprints {

    private static final String ABSENT = "absent";

    private final String site;
    private final String everything;
    private final Map<Object, Object> views = new IdentityHashMap<>();

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
        views.put(view, fingerprint);
        return view;
    }

    /**
     * Notes what a paper's view was made from: its publication, which holds every field the view shows (the
     * site's config, which says how to show them, is in the fingerprint of every page).
     */
    PublicationView remember(PublicationView view, Publication publication) {
        views.put(view, publication);
        return view;
    }

    ListingView remember(ListingView listing) {
        views.put(listing, List.of(listing.collection(), fingerprintsOf(listing.items())));
        return listing;
    }

    NewsView remember(NewsView news) {
        views.put(news, List.of(fingerprintsOf(news.items()), news.more(), news.url()));
        return news;
    }

    /** Of the publications, once each paper's view is known: the groups and selection are made of the same. */
    PublicationsView remember(PublicationsView publications) {
        views.put(publications, List.of(fingerprintsOf(publications.items()),
                String.valueOf(publications.totalCitations())));
        return publications;
    }

    private List<Object> fingerprintsOf(List<?> items) {
        return items.stream().map(item -> views.getOrDefault(item, everything)).toList();
    }

    Object of(String name, Object value) {
        if (value == null) {
            return ABSENT;
        }
        if (name.equals("site")) {
            return site;
        }
        return views.getOrDefault(value, everything);
    }
}

package dev.homepage.incremental;

import dev.homepage.content.RenderedDocument;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each value a page template may read in one build was made from: a value equal to the one of the next
 * build means the template would see the same. A page's own view has what its body was rendered from; a paper's
 * view has its publication, compared field by field; a listing, the news and the publications have those of their
 * items; the site has the fingerprint of the config, data and feed; a text, a number or a boolean is its own. Any
 * other value has that of the whole content, which changes when any source does. The views are told here, by whoever makes them, what they were made from;
 * not safe to tell while pages render.
 */
public final class PageFingerprints {

    private static final String ABSENT = "absent";

    private final String site;
    private final String everything;
    private final BodyCache bodies;
    private final Map<Object, Object> views = new IdentityHashMap<>();

    /**
     * @param site what the site view was made from
     * @param everything what all the sources were made from
     */
    PageFingerprints(String site, String everything, BodyCache bodies) {
        this.site = site;
        this.everything = everything;
        this.bodies = bodies;
    }

    /** Notes that the view shows the body (or a later page of a paginated body), and nothing else that changes. */
    public <V> V ofBody(V view, RenderedDocument body) {
        views.put(view, bodies.madeFrom(body));
        return view;
    }

    /**
     * Notes that the view shows the given values alone, compared by {@code equals} from build to build: texts, or
     * a publication, which holds every field its view shows (the config, which says how to show them, is in the
     * fingerprint of every page).
     */
    public <V> V of(V view, Object... madeFrom) {
        views.put(view, List.of(madeFrom));
        return view;
    }

    /** Notes that the view shows the items, whose views were noted before, and the given values. */
    public <V> V ofItems(V view, List<?> items, Object... madeFrom) {
        List<Object> all = new ArrayList<>();
        all.add(items.stream().map(item -> views.getOrDefault(item, everything)).toList());
        all.addAll(List.of(madeFrom));
        views.put(view, List.copyOf(all));
        return view;
    }

    /** What the value of the top-level variable was made from. */
    Object of(String name, Object value) {
        if (value == null) {
            return ABSENT;
        }
        if (name.equals("site")) {
            return site;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            // Immutable, and all a template sees of it: a page that read the same text writes the same.
            return value;
        }
        return views.getOrDefault(value, everything);
    }
}

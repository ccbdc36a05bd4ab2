package dev.homepage.render;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layouts the theme draws pages of: its own templates (and the site's in {@code templates/}), and the layouts
 * of the Jekyll themes homepages come from, for which its page and item layouts stand in.
 */
public final class ThemeLayouts {

    /** Theme files that are not layouts a page may name: the macro library, and the listing (it needs a listing). */
    private static final Set<String> NOT_LAYOUTS = Set.of("layout", "listing", "redirect", "print", "bibliography",
            "frame");

    /**
     * The layouts of the Jekyll themes homepages come from (academicpages, AcadHomepage, minimal-mistakes, al-folio's
     * about page): the theme's own page and item layouts stand in for them, so naming them is no mistake.
     */
    private static final Set<String> STAND_INS = Set.of("default", "compress", "single", "archive", "talk",
            "splash", "page", "post", "home", Views.ABOUT_LAYOUT);

    /**
     * The stand-ins that are only the site's frame (header, navigation, footer) around what goes into them: a site's
     * layout that goes into one draws its own heading, and the theme only frames it.
     */
    private static final Set<String> FRAMES = Set.of("default", "compress");

    private final TemplateRenderer templates;
    private final Map<String, Boolean> templateExists = new ConcurrentHashMap<>();

    public ThemeLayouts(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** Whether the theme draws pages of the layout itself, with a template or a stand-in. */
    public boolean knows(String layout) {
        return template(layout).isPresent() || STAND_INS.contains(layout);
    }

    /** The theme's or site's template of the layout's name, as {@code name.ftlh}; empty when there is none. */
    Optional<String> template(String layout) {
        return !NOT_LAYOUTS.contains(layout) && templateExists.computeIfAbsent(layout + ".ftlh", templates::exists)
                ? Optional.of(layout + ".ftlh") : Optional.empty();
    }

    /** Whether the layout is a stand-in for a Jekyll theme's: the theme's page or item layout draws its pages. */
    static boolean isStandIn(String layout) {
        return STAND_INS.contains(layout);
    }

    /** Whether the layout is only the site's frame: what goes into it brings its own heading. */
    static boolean isFrame(String layout) {
        return FRAMES.contains(layout);
    }
}

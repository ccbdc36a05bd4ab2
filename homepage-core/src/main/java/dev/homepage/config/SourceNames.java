package dev.homepage.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names homepage gives meaning to in a source folder, spelled here once: its special folders, and the
 * collections academic homepages use (a site's config may add more or change these).
 */
public final class SourceNames {

    /** The site's plain pages (academicpages). */
    public static final String PAGES_FOLDER = "_pages";
    /** The data files, {@code site.data} in Liquid. */
    public static final String DATA_FOLDER = "_data";
    /** The Liquid includes. */
    public static final String INCLUDES_FOLDER = "_includes";
    /** Jekyll's layouts: the theme's templates stand in for those it knows, the others run inside its frame. */
    public static final String LAYOUTS_FOLDER = "_layouts";
    /** The BibTeX files of jekyll-scholar. */
    public static final String BIBLIOGRAPHY_FOLDER = "_bibliography";
    /** The Sass partials, unless the config's {@code sass.sass_dir} names another folder. */
    public static final String SASS_FOLDER = "_sass";
    /** The site's own FreeMarker templates, which override the theme's file by file. */
    public static final String TEMPLATES_FOLDER = "templates";

    public static final String POSTS = "posts";
    public static final String PUBLICATIONS = "publications";
    public static final String TALKS = "talks";
    public static final String TEACHING = "teaching";
    public static final String PORTFOLIO = "portfolio";
    public static final String NEWS = "news";

    /** The collections every site has, whether its config declares them or not, in this order. */
    public static final List<String> KNOWN_COLLECTIONS = List.of(POSTS, PUBLICATIONS, TALKS, TEACHING, PORTFOLIO,
            NEWS);
    /** The collections whose items are listed by date: an item without one is warned of. */
    public static final Set<String> DATED_COLLECTIONS = Set.of(PUBLICATIONS, TALKS, POSTS, NEWS, TEACHING);
    /** The collections whose newest items make the Atom feed, in this order. */
    public static final List<String> FEED_COLLECTIONS = List.of(POSTS, NEWS);

    /** The titles of the known collections' listing pages, unless the config gives one. */
    static final Map<String, String> LISTING_TITLES = Map.of(
            PUBLICATIONS, "Publications",
            TALKS, "Talks and presentations",
            TEACHING, "Teaching",
            PORTFOLIO, "Portfolio",
            NEWS, "News",
            POSTS, "Blog posts");

    private SourceNames() {
    }
}

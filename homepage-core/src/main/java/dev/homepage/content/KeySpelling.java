package dev.homepage.content;

import dev.homepage.Problems;
import dev.homepage.Spelling;
import dev.homepage.config.FrontMatterDefault;
import dev.homepage.config.SafeYaml;
import dev.homepage.config.SiteConfig;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds keys that are likely typing mistakes: a key no reader of the site knows, near one it knows that the same
 * block lacks ({@code titel:} where there is no {@code title:}). Such a key is not an error, as a site may read keys
 * of its own from Liquid, but what it was meant to say is lost: the title comes from the file name.
 */
public final class KeySpelling {

    /**
     * The front matter keys read by homepage, by Jekyll and its plugins, and by the templates academic sites come
     * from (academicpages, minimal-mistakes, al-folio, AcadHomepage).
     */
    static final Set<String> FRONT_MATTER = Set.of(
            // Jekyll and its plugins
            "layout", "permalink", "published", "title", "date", "categories", "category", "tags", "excerpt",
            "excerpt_separator", "last_modified_at", "collection", "slug", "lang", "description", "image", "author",
            "redirect_from", "redirect_to", "sitemap", "output", "render_with_liquid",
            // academicpages and minimal-mistakes
            "author_profile", "share", "comments", "related", "read_time", "toc", "toc_label", "toc_icon",
            "toc_sticky", "header", "sidebar", "classes", "teaser", "type", "venue", "location", "paperurl",
            "slidesurl", "bibtexurl", "citation", "link", "paper", "slides", "talk_type", "pubtype", "search",
            // al-folio
            "inline", "nav", "nav_order", "dropdown", "giscus_comments", "related_posts", "pretty_table", "mermaid",
            "chart", "featured", "importance", "img", "github", "bibliography", "display_categories", "horizontal",
            "math", "tabs", "thumbnail", "og_image", "news", "profile", "profiles", "social", "announcements",
            "latest_posts",
            "selected_papers",
            // homepage's publications
            "authors", "abbr", "selected", "preview", "award", "code", "poster", "video", "doi", "arxiv",
            "google_scholar_id", "bibtex_key", "publication_category", "pdf", "html", "website", "eprint", "abstract",
            "keywords", "year", "journal", "booktitle", "bibtex_show");

    /** The top-level keys of {@code _config.yml} that homepage, Jekyll or the academic templates read. */
    static final Set<String> CONFIG = Set.of(
            "title", "description", "url", "baseurl", "lang", "locale", "timezone", "author", "collections",
            "defaults", "exclude", "include", "permalink", "news", "publications", "cv", "twitter", "repository",
            "google_analytics", "analytics", "footer", "social", "plugins", "gems", "markdown", "kramdown",
            "highlighter", "encoding", "paginate", "paginate_path", "theme", "remote_theme", "future", "show_drafts",
            "name", "email", "keywords", "logo", "og_image", "favicon", "teaser", "words_per_minute", "comments",
            "search", "scholar", "date_format", "accent_color", "accent_color_dark", "fonts", "site_theme", "masthead_title", "subtitle",
            "title_separator", "atom_feed", "feed", "sass", "destination", "source", "safe", "incremental",
            "livereload", "port", "host", "github", "data_dir", "includes_dir", "layouts_dir",
            "keep_files", "whitelist", "category_archive", "tag_archive", "compress_html", "head_scripts",
            "footer_scripts", "after_footer_scripts", "breadcrumbs", "reCaptcha", "staticman",
            "google_site_verification", "bing_site_verification", "yandex_site_verification", "naver_site_verification");

    /** The keys of the {@code author:} profile besides its links. */
    static final Set<String> AUTHOR = Set.of("name", "avatar", "bio", "location", "employer", "email", "pronouns",
            "aliases", "uri", "home", "redirect", "affiliation");

    private KeySpelling() {
    }

    /**
     * The front matter keys a site's files may use: those homepage knows, and what the config's defaults give every
     * page, which are the site's own vocabulary. The same for every file of a build.
     */
    static Set<String> frontMatterKeys(SiteConfig config) {
        Set<String> known = new HashSet<>(FRONT_MATTER);
        config.defaults().stream().map(FrontMatterDefault::values).map(Map::keySet).forEach(known::addAll);
        return Set.copyOf(known);
    }

    /**
     * Warns of each mistyped key of a file's front matter, at its line.
     *
     * @param known the keys of {@link #frontMatterKeys}
     */
    static void checkFrontMatter(Path file, String text, Map<String, Object> frontMatter, Set<String> known,
            Problems problems) {
        check(file, text, frontMatter.keySet(), known, "front matter key", problems);
    }

    /**
     * Warns of each mistyped key of the config, at its line: the top-level keys, and those of the {@code author:}
     * profile.
     *
     * @param profileLinks the keys of the profile's links ({@code github}, {@code orcid}...)
     */
    public static void checkConfig(Path file, String text, SiteConfig config, Collection<String> profileLinks,
            Problems problems) {
        check(file, text, config.raw().keySet(), CONFIG, "key", problems);
        Set<String> author = new HashSet<>(AUTHOR);
        author.addAll(profileLinks);
        check(file, text, config.author().written().keySet(), author, "key of the author profile", problems);
    }

    private static void check(Path file, String text, Collection<String> keys, Set<String> known, String what,
            Problems problems) {
        for (String key : keys) {
            if (known.contains(key)) {
                continue;
            }
            Spelling.closest(key, known, key.length() <= 4 ? 1 : 2).filter(meant -> !keys.contains(meant))
                    .ifPresent(meant -> problems.warn(file, SafeYaml.lineOfKey(text, key), "the " + what + " '" + key
                            + "' is not one homepage knows: did you mean '" + meant + "'?"));
        }
    }
}

package dev.homepage.render;

import dev.homepage.body.RenderedDocument;
import dev.homepage.config.Dates;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.Document;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a site has besides its pages, for feed readers, search engines and old links: the Atom feed of posts
 * and news, the sitemap, robots.txt, the 404 page and a redirect page for each {@code redirect_from} URL.
 */
final class SiteFiles {

    static final String FEED_URL = "/feed.xml";
    static final String SITEMAP_URL = "/sitemap.xml";
    static final String ROBOTS_URL = "/robots.txt";
    static final String NOT_FOUND_URL = "/404.html";
    static final String FAVICON_URL = "/favicon.svg";
    static final List<String> FEED_COLLECTIONS = List.of("posts", "news");
    private static final int FEED_ENTRIES = 20;
    private static final Path GENERATED = Path.of("(generated)");

    private final SiteView site;
    private final SiteConfig config;
    private final Urls urls;

    SiteFiles(SiteView site, SiteConfig config) {
        this.site = site;
        this.config = config;
        this.urls = new Urls(config.baseurl());
    }

    /** The feed of the newest posts and news; empty when the site has neither. */
    Optional<PageJob> feed(List<RenderedDocument> items) {
        List<RenderedDocument> newest = items.stream().filter(item -> item.document().date() != null)
                .sorted(Comparator.comparing((RenderedDocument item) -> item.document().date().toInstant()).reversed()
                        .thenComparing(item -> item.document().source().toString()))
                .limit(FEED_ENTRIES).toList();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        List<FeedEntry> entries = newest.stream().map(item -> new FeedEntry(item.document().title(),
                absolute(item.document().output() ? item.document().url() : "/" + item.document().collection() + "/"),
                rfc3339(item.document().date()), item.excerptHtml())).toList();
        return Optional.of(new PageJob(FEED_URL, GENERATED, "feed.ftlx", Map.of("site", site, "feedUrl",
                absolute(FEED_URL), "updated", entries.get(0).updated(), "entries", entries)));
    }

    /** The sitemap of the pages given, which search engines need absolute URLs for; empty without the site's url. */
    Optional<PageJob> sitemap(List<SitemapEntry> pages) {
        if (config.url().isEmpty()) {
            return Optional.empty();
        }
        List<SitemapEntry> sorted = pages.stream().sorted(Comparator.comparing(SitemapEntry::url)).toList();
        return Optional.of(new PageJob(SITEMAP_URL, GENERATED, "sitemap.ftlx", Map.of("entries", sorted)));
    }

    SitemapEntry sitemapEntry(String url, Document document) {
        Object modified = document == null ? null : document.frontMatter().get("last_modified_at");
        Optional<ZonedDateTime> date = modified != null ? Dates.parse(String.valueOf(modified), config.timeZone())
                : document != null ? Optional.ofNullable(document.date()) : Optional.empty();
        return new SitemapEntry(absolute(url), date.map(day -> day.toLocalDate().toString()).orElse(""));
    }

    OutputPage robots() {
        String sitemap = config.url().isEmpty() ? "" : "Sitemap: " + absolute(SITEMAP_URL) + "\n";
        return new OutputPage(ROBOTS_URL, GENERATED, "User-agent: *\nAllow: /\n" + sitemap);
    }

    /**
     * An icon made from the initials, white on the accent colour, for a site that has none of its own: without one,
     * every browser asks for {@code /favicon.ico} in vain.
     */
    OutputPage favicon(String initials) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
                + "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"" + xml(ThemeStyle.faviconColour(config)) + "\"/>"
                + "<text x=\"32\" y=\"42\" text-anchor=\"middle\" font-family=\"system-ui, sans-serif\""
                + " font-size=\"28\" font-weight=\"700\" fill=\"#ffffff\">" + xml(initials) + "</text></svg>\n";
        return new OutputPage(FAVICON_URL, GENERATED, svg);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    PageJob notFound(PageView page) {
        return new PageJob(NOT_FOUND_URL, GENERATED, "404.ftlh", Map.of("site", site, "page", page));
    }

    /** A page at each of the document's {@code redirect_from} URLs, sending readers on to its URL. */
    List<PageJob> redirects(Document document) {
        String target = urls.href(document.url());
        return document.redirectsFrom().stream()
                .map(url -> new PageJob(url, document.source(), "redirect.ftlh",
                        Map.of("site", site, "target", target,
                                "canonical", config.url().isEmpty() ? "" : absolute(document.url()))))
                .toList();
    }

    private String absolute(String url) {
        return config.url() + config.baseurl() + url;
    }

    private static String rfc3339(ZonedDateTime date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }
}

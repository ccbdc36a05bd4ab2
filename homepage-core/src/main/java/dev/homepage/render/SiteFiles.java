package dev.homepage.render;

import dev.homepage.config.Dates;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import dev.homepage.output.OutputPage;
import freemarker.template.utility.StringUtil;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The files a site has besides its pages, for feed readers, search engines and old links: the Atom feed of posts
 * and news, the sitemap, robots.txt, the 404 page, the icon, and a redirect page for each {@code redirect_from} URL.
 * Each but the redirects (which {@link DocumentPages} adds with their document's page) is an {@link OutputProducer}
 * of its own, and leaves its URL to a file of the site's own.
 */
final class SiteFiles {

    static final String FEED_URL = "/feed.xml";
    static final String SITEMAP_URL = "/sitemap.xml";
    static final String ROBOTS_URL = "/robots.txt";
    static final String NOT_FOUND_URL = "/404.html";
    static final String FAVICON_URL = "/favicon.svg";
    private static final int FEED_ENTRIES = 20;
    private static final Path GENERATED = Path.of("(generated)");

    private final SiteConfig config;
    private final Urls urls;

    SiteFiles(SiteConfig config) {
        this.config = config;
        this.urls = new Urls(config.baseurl());
    }

    /** The feed of the newest posts and news, unless the site has its own or none of them. */
    void feed(BuildViews build, Outputs out) {
        List<RenderedDocument> items = SourceNames.FEED_COLLECTIONS.stream()
                .flatMap(name -> build.content().collections().getOrDefault(name, List.of()).stream())
                .map(document -> build.bodies().get(document.source())).filter(Objects::nonNull).toList();
        feed(build, items).filter(feed -> build.free(feed.url())).ifPresent(out::add);
    }

    /** The 404 page, unless the site has its own. */
    void notFound(BuildViews build, Outputs out) {
        if (build.free(NOT_FOUND_URL) && build.free("/404/")) {
            out.add(new PageJob(NOT_FOUND_URL, GENERATED, "404.ftlh", build.model("page",
                    build.generatedPage("", "Page not found", NOT_FOUND_URL))));
        }
    }

    /** The sitemap of the pages the producers before this one added, unless the site has its own. */
    void sitemap(BuildViews build, Outputs out) {
        sitemap(out.sitemap()).filter(map -> build.free(map.url())).ifPresent(out::add);
    }

    /** robots.txt, unless the site has its own. */
    void robots(BuildViews build, Outputs out) {
        if (build.free(ROBOTS_URL)) {
            out.add(robots());
        }
    }

    /** The icon made from the initials, for a site without one of its own. */
    void favicon(BuildViews build, Outputs out) {
        if (build.views().makesFavicon(build.content().staticFiles()) && build.free(FAVICON_URL)) {
            out.add(favicon(build.views().initials()));
        }
    }

    /** The feed of the newest of the items; empty when none has a date. */
    private Optional<PageJob> feed(BuildViews build, List<RenderedDocument> items) {
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
        // The entries are all the feed shows of its items: an edit to an older item leaves the feed as it was.
        build.fingerprints().of(entries, entries);
        return Optional.of(new PageJob(FEED_URL, GENERATED, "feed.ftlx", build.model("feedUrl",
                absolute(FEED_URL), "updated", entries.get(0).updated(), "entries", entries)));
    }

    /** The sitemap of the pages given, which search engines need absolute URLs for; empty without the site's url. */
    private Optional<PageJob> sitemap(List<SitemapEntry> pages) {
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

    private OutputPage robots() {
        String sitemap = config.url().isEmpty() ? "" : "Sitemap: " + absolute(SITEMAP_URL) + "\n";
        return new OutputPage(ROBOTS_URL, GENERATED, "User-agent: *\nAllow: /\n" + sitemap);
    }

    /**
     * An icon made from the initials, white on the accent colour, for a site that has none of its own: without one,
     * every browser asks for {@code /favicon.ico} in vain.
     */
    private OutputPage favicon(String initials) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
                + "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\""
                + StringUtil.XMLEncNA(ThemeStyle.faviconColour(config.style())) + "\"/>"
                + "<text x=\"32\" y=\"42\" text-anchor=\"middle\" font-family=\"system-ui, sans-serif\""
                + " font-size=\"28\" font-weight=\"700\" fill=\"#ffffff\">" + StringUtil.XMLEncNA(initials)
                + "</text></svg>\n";
        return new OutputPage(FAVICON_URL, GENERATED, svg);
    }

    /** A page at each of the document's {@code redirect_from} URLs, sending readers on to its URL. */
    List<PageJob> redirects(BuildViews build, Document document) {
        if (document.redirectsFrom().isEmpty()) {
            return List.of();
        }
        String target = urls.href(document.url());
        return document.redirectsFrom().stream()
                .map(url -> new PageJob(url, document.source(), "redirect.ftlh",
                        build.model("target", target,
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

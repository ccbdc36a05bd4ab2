package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.body.RenderedDocument;
import dev.homepage.cache.Fingerprint;
import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.YamlValues;
import dev.homepage.content.Document;
import dev.homepage.cv.CvPdfSettings;
import dev.homepage.content.DocumentOrder;
import dev.homepage.content.SiteContent;
import dev.homepage.content.XmlText;
import dev.homepage.liquid.PaperList;
import dev.homepage.output.OutputPage;
import dev.homepage.publications.Publication;
import dev.homepage.publications.PublicationCatalog;
import dev.homepage.search.SearchEntry;
import dev.homepage.search.SearchSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Puts each rendered body into its layout, and makes a listing page for each collection at
 * {@code /<collection>/} unless a page of the site already has that URL.
 */
public final class PageRenderer {

    static final String PAGE_TEMPLATE = "page.ftlh";
    static final String ITEM_TEMPLATE = "item.ftlh";
    static final String LISTING_TEMPLATE = "listing.ftlh";
    static final String PUBLICATION_TEMPLATE = "publication.ftlh";
    static final String CV_TEMPLATE = "cv.ftlh";
    private static final String NEWS = "news";
    private static final int DEFAULT_NEWS_ON_HOME = 5;

    /** Theme files that are not layouts a page may name: the macro library, and the listing (it needs a listing). */
    private static final Set<String> NOT_LAYOUTS = Set.of("layout", "listing", "redirect", "print", "bibliography");

    /**
     * The layouts of the Jekyll themes homepages come from (academicpages, AcadHomepage, minimal-mistakes): the
     * theme's own page and item layouts stand in for them, so naming them is no mistake.
     */
    private static final Set<String> JEKYLL_LAYOUTS = Set.of("default", "single", "archive", "talk", "splash",
            "page", "post", "home");

    private static final Map<String, String> LISTING_TITLES = Map.of(
            "publications", "Publications",
            "talks", "Talks and presentations",
            "teaching", "Teaching",
            "portfolio", "Portfolio",
            "news", "News",
            "posts", "Blog posts");

    private final TemplateRenderer templates;
    private final PageCache cache;
    private final Map<String, Boolean> layoutExists = new java.util.concurrent.ConcurrentHashMap<>();
    /** The pages rendered for print, to become PDFs: the CV pages' own, by the PDF's URL. */
    private final Set<String> printed = new HashSet<>();

    /** @param cache what earlier builds rendered, which this one reuses where nothing it was made from changed */
    public PageRenderer(TemplateRenderer templates, PageCache cache) {
        this.templates = templates;
        this.cache = cache;
    }

    /**
     * @param sourcesFingerprint what all the sources were made from: a page that reads a value made from many
     *     documents (a listing, the news, the publications) is rendered again when it changes
     * @param templatesFingerprint what the site's own templates were made from
     */
    public List<OutputPage> render(SiteContent content, Map<Path, RenderedDocument> rendered,
            PublicationCatalog.Catalog catalog, SiteConfig config, String sourcesFingerprint,
            String templatesFingerprint, Problems problems) {
        String configFingerprint = config.fingerprint();
        cache.nextBuild(configFingerprint);
        Views views = new Views(config);
        boolean hasFeed = SiteFiles.FEED_COLLECTIONS.stream()
                .anyMatch(name -> content.collections().getOrDefault(name, List.of()).stream()
                        .anyMatch(document -> document.date() != null));
        String feedUrl = hasFeed ? SiteFiles.FEED_URL : "";
        boolean search = SearchSettings.enabled(config);
        SiteView site = views.site(content.data(), feedUrl, search ? SearchSettings.PAGE_URL : "",
                content.staticFiles());
        PageFingerprints fingerprints = new PageFingerprints(
                Fingerprint.of(configFingerprint, String.valueOf(content.data()), feedUrl), sourcesFingerprint);
        PublicationsView publications = cache.publications(catalog, () -> views.publications(catalog, cache.papers));
        for (int i = 0; i < catalog.publications().size(); i++) {
            fingerprints.remember(publications.items().get(i), catalog.publications().get(i));
        }
        fingerprints.remember(publications);
        SiteFiles siteFiles = new SiteFiles(site, config);
        // A view parses long bodies for their table of contents: made in parallel, like the pages.
        Map<String, PublicationView> papers = new HashMap<>();
        publications.items().forEach(paper -> papers.putIfAbsent(paper.key(), paper));
        Map<Path, PageView> pageViews = rendered.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> cache.views.get(entry.getValue().fingerprint(),
                        () -> views.page(withPapers(entry.getValue(), papers, problems)))));
        rendered.forEach((source, document) -> fingerprints.remember(pageViews.get(source), document.fingerprint()));
        Map<String, List<PageView>> collections = new LinkedHashMap<>();
        content.collections().forEach((name, items) -> collections.put(name, DocumentOrder.newestFirst(items.stream()
                .filter(item -> pageViews.containsKey(item.source())).toList()).stream()
                .map(item -> pageViews.get(item.source())).toList()));
        NewsView news = fingerprints.remember(news(collections.getOrDefault(NEWS, List.of()), config, views));
        Map<Path, PublicationView> publicationPages = new HashMap<>();
        for (int i = 0; i < catalog.publications().size(); i++) {
            if (catalog.publications().get(i).hasMarkdownPage()) {
                publicationPages.put(catalog.publications().get(i).source(), publications.items().get(i));
            }
        }

        List<PageJob> jobs = new ArrayList<>();
        List<SitemapEntry> sitemap = new ArrayList<>();
        List<OutputPage> files = new ArrayList<>();
        for (RenderedDocument document : rendered.values()) {
            Document source = document.document();
            if (source.output()) {
                jobs.addAll(siteFiles.redirects(source));
                if (!Boolean.FALSE.equals(source.frontMatter().get("sitemap")) && isHtml(source.url())) {
                    sitemap.add(siteFiles.sitemapEntry(source.url(), source));
                }
                Optional<String> chosen = layoutOf(source, problems);
                if (chosen.isEmpty()) {
                    // As in Jekyll: the rendered content is the file, a hand-written feed or JSON file as it is.
                    files.add(new OutputPage(source.url(), source.source(), document.html()));
                    continue;
                }
                String layout = chosen.get();
                PageView page = pageViews.get(source.source());
                PublicationView publication = publicationPages.get(source.source());
                Map<String, Object> model;
                if (publication == null) {
                    model = Map.of("site", site, "page", page, "publications", publications, "news", news,
                            "collections", collections);
                } else {
                    model = Map.of("site", site, "page", page, "publications", publications, "news", news,
                            "collections", collections, "publication", publication);
                    layout = layout.equals(ITEM_TEMPLATE) ? PUBLICATION_TEMPLATE : layout;
                }
                if (layout.equals(CV_TEMPLATE)) {
                    model = withCvPdf(model, source, config, views, jobs, problems);
                }
                jobs.add(new PageJob(source.url(), source.source(), layout, model));
                for (RenderedDocument later : document.laterPages()) {
                    // A paginated page's later pages: the same page, with their own URL and part of the list.
                    Map<String, Object> laterModel = new HashMap<>(model);
                    laterModel.put("page", fingerprints.remember(views.page(withPapers(later, papers, problems)),
                            Fingerprint.of(later.fingerprint(), later.document().url())));
                    jobs.add(new PageJob(later.document().url(), source.source(), layout, Map.copyOf(laterModel)));
                    sitemap.add(siteFiles.sitemapEntry(later.document().url(), source));
                }
            }
        }
        for (int i = 0; i < catalog.publications().size(); i++) {
            Publication publication = catalog.publications().get(i);
            // A paper known from BibTeX alone gets a page; one whose Markdown file gets no page has none.
            if (!publication.hasMarkdownPage() && !publication.url().isEmpty()) {
                jobs.add(new PageJob(publication.url(), publication.source(), PUBLICATION_TEMPLATE, Map.of(
                        "site", site, "publications", publications,
                        "publication", publications.items().get(i),
                        "page", generatedPage(views, fingerprints, PublicationCatalog.COLLECTION,
                                publication.title(), publication.url()))));
                sitemap.add(siteFiles.sitemapEntry(publication.url(), null));
            }
            files.add(new OutputPage("/" + PublicationCatalog.COLLECTION + "/" + publication.key() + ".bib",
                    publication.source(), publication.bibtex()));
        }
        Set<String> taken = rendered.values().stream().filter(document -> document.document().output())
                .map(document -> folderUrl(document.document().url())).collect(Collectors.toSet());
        content.collections().forEach((name, items) -> {
            String url = "/" + name + "/";
            if (!items.isEmpty() && !taken.contains(folderUrl(url))) {
                ListingView listing = fingerprints.remember(listing(name, collections.get(name)));
                PageView page = generatedPage(views, fingerprints, name, listingTitle(name, config), url);
                jobs.add(new PageJob(url, Path.of("_" + name), LISTING_TEMPLATE,
                        Map.of("site", site, "page", page, "listing", listing, "publications", publications)));
                sitemap.add(siteFiles.sitemapEntry(url, null));
            }
        });
        // The feed, sitemap, robots.txt and 404 page are the theme's only where the site has none of its own.
        Set<String> ownFiles = new HashSet<>(taken);
        content.staticFiles().forEach(file -> ownFiles.add(folderUrl("/" + file.toString().replace('\\', '/'))));
        Predicate<String> free = url -> !ownFiles.contains(folderUrl(url));
        siteFiles.feed(SiteFiles.FEED_COLLECTIONS.stream()
                .flatMap(name -> content.collections().getOrDefault(name, List.of()).stream())
                .map(document -> rendered.get(document.source())).filter(Objects::nonNull).toList())
                .filter(feed -> free.test(feed.url())).ifPresent(jobs::add);
        if (free.test(SiteFiles.NOT_FOUND_URL) && free.test("/404/")) {
            jobs.add(siteFiles.notFound(generatedPage(views, fingerprints, "", "Page not found",
                    SiteFiles.NOT_FOUND_URL)));
        }
        siteFiles.sitemap(sitemap).filter(map -> free.test(map.url())).ifPresent(jobs::add);
        if (free.test(SiteFiles.ROBOTS_URL)) {
            files.add(siteFiles.robots());
        }
        if (views.makesFavicon(content.staticFiles()) && free.test(SiteFiles.FAVICON_URL)) {
            files.add(siteFiles.favicon(views.initials()));
        }
        if (search && free.test(SearchSettings.PAGE_URL)) {
            SearchPage searchPage = new SearchPage(views, site, cache.plainTexts);
            List<SearchEntry> entries = searchPage.entries(List.copyOf(rendered.values()), pageViews, catalog,
                    publications);
            // The search page leaves the profile out: on a phone it would push the search field off the screen.
            PageView page = fingerprints.remember(views.generatedPage("", "Search", SearchSettings.PAGE_URL, false),
                    Fingerprint.of("generated", "search"));
            jobs.add(searchPage.page(entries, page));
            files.add(searchPage.index(entries));
        }
        String base = Fingerprint.of(templatesFingerprint, configFingerprint);
        jobs.parallelStream().map(job -> job.render(templates, base, fingerprints, cache.pages, problems))
                .flatMap(Optional::stream)
                .forEachOrdered(files::add);
        return files.stream().map(PageRenderer::wellFormedXml).sorted(Comparator.comparing(OutputPage::url)).toList();
    }

    /** An XML file without the characters XML forbids, which a control character in a post would bring in. */
    private static OutputPage wellFormedXml(OutputPage file) {
        if (file.bytes() != null || !file.url().endsWith(".xml")) {
            return file;
        }
        String html = XmlText.wellFormed(file.html());
        return html.equals(file.html()) ? file : new OutputPage(file.url(), file.source(), html);
    }

    /** Whether the URL is that of a web page ({@code /talks/}, {@code /cv.html}), rather than a feed or data. */
    private static boolean isHtml(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        return !name.contains(".") || name.endsWith(".html") || name.endsWith(".htm");
    }

    /**
     * The URLs of the pages this renderer rendered for print, each the HTML of a CV page's PDF, which the build
     * prints as PDF before it writes the site.
     */
    public Set<String> printedUrls() {
        return Set.copyOf(printed);
    }

    /**
     * A CV page's model with the link to its PDF, after adding the job that renders the same view for print; the
     * model as it was when the page has no PDF.
     */
    private Map<String, Object> withCvPdf(Map<String, Object> model, Document source, SiteConfig config,
            Views views, List<PageJob> jobs, Problems problems) {
        Optional<String> pdf = CvPdfSettings.urlOf(source, config, problems);
        if (pdf.isEmpty()) {
            return model;
        }
        Map<String, Object> page = new HashMap<>(model);
        page.put("cvPdfUrl", views.href(pdf.get()));
        Map<String, Object> print = new HashMap<>(page);
        print.put("print", Boolean.TRUE);
        jobs.add(new PageJob(pdf.get(), source.source(), CV_TEMPLATE, Map.copyOf(print)));
        printed.add(pdf.get());
        return Map.copyOf(page);
    }

    /**
     * The body with the lists of papers its jekyll-scholar tags chose ({@link PaperList}) drawn as the theme draws
     * papers, under their years where the tag groups them so.
     */
    private RenderedDocument withPapers(RenderedDocument body, Map<String, PublicationView> papers,
            Problems problems) {
        if (!PaperList.in(body.html())) {
            return body;
        }
        return body.withHtml(html -> PaperList.MARKER.matcher(html).replaceAll(marker -> Matcher.quoteReplacement(
                papers(PaperList.of(marker), papers, body.document().source(), problems))));
    }

    /** A list of papers drawn by the theme, under their years where the list asks for it. */
    private String papers(PaperList list, Map<String, PublicationView> papers, Path source, Problems problems) {
        List<PublicationView> chosen = list.keys().stream().map(papers::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(PublicationView::dateIso).reversed()).toList();
        Map<String, List<PublicationView>> byYear = new LinkedHashMap<>();
        chosen.forEach(paper -> byYear.computeIfAbsent(list.groupByYear() ? paper.year() : "",
                year -> new ArrayList<>()).add(paper));
        List<PublicationsView.Group> groups = byYear.entrySet().stream()
                .map(group -> new PublicationsView.Group(group.getKey().isEmpty() ? "" : "y" + group.getKey(),
                        group.getKey(), group.getValue())).toList();
        try {
            return templates.render("bibliography.ftlh", templates.recording(Map.of("groups", groups)));
        } catch (TemplateRenderer.TemplateError e) {
            problems.error(Path.of(e.template()), e.line(), e.column(), e.getMessage() + " (drawing the papers of "
                    + source + ")");
            return "";
        }
    }

    /** The view of a page the site has no file for; its fingerprint is what it shows. */
    private static PageView generatedPage(Views views, PageFingerprints fingerprints, String collection,
            String title, String url) {
        return fingerprints.remember(views.generatedPage(collection, title, url),
                Fingerprint.of("generated", collection, title, url));
    }

    /**
     * The template for a document: none for {@code layout: null} or {@code none}, nor for a feed, JSON or text
     * file that names none; the one its {@code layout:} names if the site or theme has it, otherwise the
     * theme's item layout for collection items and page layout for pages. Layout names carried over from Jekyll
     * themes ({@code single}, {@code archive}, {@code talk}...) thus land on the theme's own layouts; any other
     * unknown name gets a warning: the page builds, but may not look the way its author meant.
     */
    private Optional<String> layoutOf(Document document, Problems problems) {
        String layout = document.text("layout").strip();
        boolean none = document.frontMatter().containsKey("layout") && document.frontMatter().get("layout") == null
                || layout.equals("none");
        if (none || layout.isEmpty() && !isHtml(document.url())) {
            // layout: null or none, as in Jekyll; and a feed, JSON or text file that names no layout.
            return Optional.empty();
        }
        if (layout.isEmpty()) {
            return Optional.of(defaultLayoutOf(document));
        }
        if (!NOT_LAYOUTS.contains(layout) && layoutExists.computeIfAbsent(layout + ".ftlh", templates::exists)) {
            return Optional.of(layout + ".ftlh");
        }
        String fallback = defaultLayoutOf(document);
        if (JEKYLL_LAYOUTS.contains(layout)) {
            return Optional.of(fallback);
        }
        problems.warn(document.source(), 0, "the layout '" + layout + "' is neither in templates/ nor in the theme,"
                + " so the page gets the theme's " + fallback.substring(0, fallback.indexOf('.')) + " layout: add"
                + " templates/" + layout + ".ftlh, or remove the 'layout:' line");
        return Optional.of(fallback);
    }

    private static String defaultLayoutOf(Document document) {
        return document.isPage() ? PAGE_TEMPLATE : ITEM_TEMPLATE;
    }

    /**
     * The newest news for the home page; {@code news: {home_limit: 0}} in the config shows none (a limit that is
     * no count was warned of and left out as the config was read).
     */
    private static NewsView news(List<PageView> newestFirst, SiteConfig config, Views views) {
        int limit = config.raw().get(NEWS) instanceof Map<?, ?> settings
                ? YamlValues.count(settings.get(ConfigLoader.HOME_LIMIT)).orElse(DEFAULT_NEWS_ON_HOME)
                : DEFAULT_NEWS_ON_HOME;
        return new NewsView(newestFirst.stream().limit(limit).toList(), newestFirst.size() > limit,
                views.href("/" + NEWS + "/"));
    }

    /** The URL without what makes {@code /talks}, {@code /talks/} and {@code /talks/index.html} differ. */
    private static String folderUrl(String url) {
        String folder = url.endsWith("/index.html") ? url.substring(0, url.length() - "index.html".length()) : url;
        return folder.endsWith("/") ? folder : folder + "/";
    }

    /** A collection's listing, from its items newest first; the year groups come from the items' own years. */
    private static ListingView listing(String name, List<PageView> newestFirst) {
        Map<String, List<PageView>> byYear = new LinkedHashMap<>();
        for (PageView item : newestFirst) {
            byYear.computeIfAbsent(item.year(), year -> new ArrayList<>()).add(item);
        }
        List<ListingView.YearGroup> years = byYear.entrySet().stream()
                .map(entry -> new ListingView.YearGroup(entry.getKey(), List.copyOf(entry.getValue()))).toList();
        return new ListingView(name, newestFirst, years);
    }

    private static String listingTitle(String name, SiteConfig config) {
        if (config.raw().get("collections") instanceof Map<?, ?> collections
                && collections.get(name) instanceof Map<?, ?> settings && settings.get("title") != null) {
            return String.valueOf(settings.get("title"));
        }
        return LISTING_TITLES.getOrDefault(name, Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
}

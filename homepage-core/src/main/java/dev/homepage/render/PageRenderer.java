package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.body.SiteLayouts;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.Document;
import dev.homepage.content.DocumentOrder;
import dev.homepage.content.RenderedDocument;
import dev.homepage.content.SiteContent;
import dev.homepage.content.XmlText;
import dev.homepage.incremental.PageCache;
import dev.homepage.incremental.PageFingerprints;
import dev.homepage.output.OutputPage;
import dev.homepage.publications.PublicationCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the site's pages and generated files from the rendered bodies: builds the views templates see, lets each
 * {@link OutputProducer} add its kind of output, then renders the pages with their templates, in parallel.
 */
public final class PageRenderer {

    private final TemplateRenderer templates;
    private final ThemeLayouts themeLayouts;
    private final SiteLayouts siteLayouts;
    private final PageCache cache;
    /** The pages rendered for print, to become PDFs: the CV pages' own, by the PDF's URL. */
    private final Set<String> printed = new HashSet<>();

    /**
     * @param themeLayouts the layouts the templates draw
     * @param siteLayouts the site's own layouts, that some bodies went through
     * @param cache what earlier builds rendered, which this one reuses where nothing it was made from changed
     */
    public PageRenderer(TemplateRenderer templates, ThemeLayouts themeLayouts, SiteLayouts siteLayouts,
            PageCache cache) {
        this.templates = templates;
        this.themeLayouts = themeLayouts;
        this.siteLayouts = siteLayouts;
        this.cache = cache;
    }

    /** Every kind of output the site gets, in the order they are added (the sitemap lists what comes before it). */
    List<OutputProducer> producers(BuildViews build) {
        SiteFiles siteFiles = build.siteFiles();
        return List.of(
                new DocumentPages(themeLayouts, siteLayouts, cache),
                new PaperPages(),
                new Listings(),
                siteFiles::feed,
                siteFiles::notFound,
                siteFiles::sitemap,
                siteFiles::robots,
                siteFiles::favicon,
                new SearchPage(build.views(), build.site(), cache));
    }

    /** The site's pages and generated files, sorted by URL; the cache must have been told of the build first. */
    public List<OutputPage> render(SiteContent content, Map<Path, RenderedDocument> rendered,
            PublicationCatalog.Catalog catalog, SiteConfig config, Problems problems) {
        BuildViews build = views(content, rendered, catalog, config, problems);
        Outputs out = new Outputs();
        producers(build).forEach(producer -> producer.produce(build, out));
        printed.addAll(out.printed());
        List<OutputPage> files = new ArrayList<>(out.files().stream().map(PageRenderer::wellFormedXml).toList());
        List<Optional<PageJob.Rendered>> pages = out.jobs().parallelStream()
                .map(job -> job.render(templates, cache, build.fingerprints(), problems)).toList();
        pages.forEach(page -> page.ifPresent(done -> files.add(done.page())));
        out.laidOut().forEach(document -> keep(document, out, pages, build.fingerprints()));
        // A save leaves most outputs as they were, in their places: their last order is taken again.
        return cache.sortedOutputs(files, Comparator.comparing(OutputPage::url));
    }

    /** Gives the cache what a document added, once each of its pages rendered, for the next build to take. */
    private void keep(Outputs.LaidOut document, Outputs out, List<Optional<PageJob.Rendered>> pages,
            PageFingerprints fingerprints) {
        List<Optional<PageJob.Rendered>> its = pages.subList(document.from().jobs(), document.to().jobs());
        if (its.stream().anyMatch(Optional::isEmpty)) {
            return;
        }
        Set<String> read = new HashSet<>();
        its.forEach(page -> read.addAll(page.get().read()));
        cache.keepOutputs(document.body(), document.paper(), read, document.shared(), fingerprints,
                new KeptDocument(List.copyOf(out.files().subList(document.from().files(), document.to().files())),
                        List.copyOf(out.sitemap().subList(document.from().sitemap(), document.to().sitemap())),
                        its.stream().map(page -> page.get().page()).toList(), document.printed()));
    }

    /** The views of the build, each noted with what it was made from; the producers' tests start from them. */
    BuildViews views(SiteContent content, Map<Path, RenderedDocument> rendered,
            PublicationCatalog.Catalog catalog, SiteConfig config, Problems problems) {
        Views views = new Views(config);
        boolean hasFeed = SourceNames.FEED_COLLECTIONS.stream()
                .anyMatch(name -> content.collections().getOrDefault(name, List.of()).stream()
                        .anyMatch(document -> document.date() != null));
        String feedUrl = hasFeed ? SiteFiles.FEED_URL : "";
        SiteView site = views.site(content.data(), feedUrl,
                config.search().enabled() ? SearchPage.URL : "", content.staticFiles());
        PageFingerprints fingerprints = cache.fingerprints(feedUrl);
        Papers papers = cache.viewOfPapers(catalog, () -> views.publications(catalog, cache::viewOfPaper));
        papers.all().forEach(paper -> fingerprints.of(paper.view(), paper.publication()));
        PublicationsView all = papers.view();
        fingerprints.ofItems(all, all.items(), String.valueOf(all.totalCitations()));
        PaperLists paperLists = new PaperLists(templates, papers, problems);
        // A view parses long bodies for their table of contents: made in parallel, like the pages.
        Map<Path, PageView> pageViews = rendered.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> cache.<PageView>viewOfBody(entry.getValue(),
                        () -> views.page(paperLists.into(entry.getValue())))));
        rendered.forEach((source, document) -> fingerprints.ofBody(pageViews.get(source), document));
        // A document of a collection has a CollectionItemView: Views.page makes one for each.
        Map<String, List<CollectionItemView>> collections = new LinkedHashMap<>();
        content.collections().forEach((name, items) -> collections.put(name, DocumentOrder.newestFirst(items.stream()
                .filter(item -> pageViews.containsKey(item.source())).toList()).stream()
                .map(item -> (CollectionItemView) pageViews.get(item.source())).toList()));
        Map<String, Object> home = content.pages().stream().filter(page -> page.url().equals("/")).findFirst()
                .map(Document::frontMatter).orElse(Map.of());
        NewsView news = news(collections.getOrDefault(SourceNames.NEWS, List.of()), config.news().homeLimit(home),
                views);
        fingerprints.ofItems(news, news.items(), news.more(), news.url());
        Set<String> documentUrls = new HashSet<>();
        rendered.values().forEach(document -> {
            if (document.document().output()) {
                documentUrls.add(document.document().url());
            }
        });
        Set<String> ownUrls = new HashSet<>(documentUrls);
        content.staticFiles().forEach(file -> ownUrls.add("/" + file.toString().replace('\\', '/')));
        return new BuildViews(content, rendered, config, views, site, papers, pageViews, collections, news,
                paperLists, new SiteFiles(config), documentUrls, ownUrls, fingerprints, problems);
    }

    /** A file made as it is, not by a template, checked as {@link #wellFormedIfXml} says. */
    private static OutputPage wellFormedXml(OutputPage file) {
        if (file.binary() || !file.url().endsWith(".xml")) {
            return file;
        }
        String xml = file.html();
        String wellFormed = XmlText.wellFormed(xml);
        return wellFormed.equals(xml) ? file : new OutputPage(file.url(), file.source(), wellFormed);
    }

    /**
     * The text of the file at the URL, without the characters XML forbids when it is an XML file (a feed, a
     * sitemap): a control character in a post would bring one in. A template's page is checked as it is rendered,
     * so that a page the page cache keeps is not decoded again to be checked on every build.
     */
    static String wellFormedIfXml(String url, String text) {
        return url.endsWith(".xml") ? XmlText.wellFormed(text) : text;
    }

    /**
     * The URLs of the pages this renderer rendered for print, each the HTML of a CV page's PDF, which the build
     * prints as PDF before it writes the site.
     */
    public Set<String> printedUrls() {
        return Set.copyOf(printed);
    }

    /** The newest news for the home page, as many as the limit says. */
    private static NewsView news(List<CollectionItemView> newestFirst, int limit, Views views) {
        return new NewsView(newestFirst.stream().limit(limit).toList(), newestFirst.size() > limit,
                views.href("/" + SourceNames.NEWS + "/"));
    }
}

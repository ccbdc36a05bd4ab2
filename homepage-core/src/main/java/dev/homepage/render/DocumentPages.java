package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.body.SiteLayouts;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import dev.homepage.cv.CvPdfSettings;
import dev.homepage.incremental.PageCache;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of the site's documents (its pages and collection items) in their layouts; a paginated page's later
 * pages; a CV page's print for its PDF; a redirect page for each {@code redirect_from}; and, as in Jekyll, the
 * rendered content as it is for a document without a layout (a hand-written feed or JSON file).
 */
final class DocumentPages implements OutputProducer {

    static final String PAGE_TEMPLATE = "page.ftlh";
    static final String ITEM_TEMPLATE = "item.ftlh";
    static final String PUBLICATION_TEMPLATE = "publication.ftlh";
    static final String CV_TEMPLATE = "cv.ftlh";

    /** The theme's frame around a page drawn by a layout of the site's own ({@link SiteLayouts}). */
    static final String FRAME_TEMPLATE = "frame.ftlh";

    private final ThemeLayouts themeLayouts;
    private final SiteLayouts siteLayouts;
    private final PageCache cache;

    /** @param cache what earlier builds made of each document, which this one takes where nothing changed */
    DocumentPages(ThemeLayouts themeLayouts, SiteLayouts siteLayouts, PageCache cache) {
        this.themeLayouts = themeLayouts;
        this.siteLayouts = siteLayouts;
        this.cache = cache;
    }

    @Override
    public void produce(BuildViews build, Outputs out) {
        Map<Path, Papers.Paper> paperOfFile = new HashMap<>();
        build.papers().all().stream().filter(paper -> paper.publication().hasMarkdownPage())
                .forEach(paper -> paperOfFile.put(paper.publication().source(), paper));
        // What a document's pages may read besides what is made from it, its paper and the config alone.
        Map<String, Object> shared = build.model("publications", build.papers().view(), "news", build.news(),
                "collections", build.collections());
        for (RenderedDocument document : build.bodies().values()) {
            if (!document.document().output()) {
                continue;
            }
            Papers.Paper paper = paperOfFile.get(document.document().source());
            Object publication = paper == null ? null : paper.publication();
            KeptDocument kept = cache.keptOutputs(document, publication, shared, build.fingerprints());
            if (kept != null) {
                out.add(kept);
                continue;
            }
            Outputs.Mark from = out.mark();
            Problems problems = new Problems();
            layOut(document, paper == null ? null : paper.view(), shared, build, out, problems);
            build.problems().addAll(problems);
            if (problems.isEmpty()) {
                // A document that was warned of is laid out again next build, so that it is warned of again.
                out.laidOut(document, publication, shared, from);
            }
        }
    }

    /** Adds a document's redirects, sitemap entries and pages, or its body as it is when it has no layout. */
    private void layOut(RenderedDocument document, PublicationView publication, Map<String, Object> shared,
            BuildViews build, Outputs out, Problems problems) {
        Document source = document.document();
        build.siteFiles().redirects(build, source).forEach(out::add);
        if (!Boolean.FALSE.equals(source.frontMatter().get("sitemap")) && isHtml(source.url())) {
            out.add(build.siteFiles().sitemapEntry(source.url(), source));
        }
        Optional<String> chosen = layoutOf(source, problems);
        if (chosen.isEmpty()) {
            // As in Jekyll: the rendered content is the file, a hand-written feed or JSON file as it is.
            out.add(new OutputPage(source.url(), source.source(), document.html()));
            return;
        }
        String layout = chosen.get();
        Map<String, Object> model = new HashMap<>(shared);
        model.put("page", build.pages().get(source.source()));
        if (publication != null) {
            model.put("publication", publication);
            layout = layout.equals(ITEM_TEMPLATE) ? PUBLICATION_TEMPLATE : layout;
        }
        if (layout.equals(CV_TEMPLATE)) {
            model = withCvPdf(model, source, build, out, problems);
        }
        model = Map.copyOf(model);
        out.add(new PageJob(source.url(), source.source(), layout, model));
        for (RenderedDocument later : document.laterPages()) {
            // A paginated page's later pages: the same page, with their own URL and part of the list.
            Map<String, Object> laterModel = new HashMap<>(model);
            laterModel.put("page", build.fingerprints().ofBody(
                    build.views().page(build.paperLists().into(later)), later));
            out.add(new PageJob(later.document().url(), source.source(), layout, Map.copyOf(laterModel)));
            out.add(build.siteFiles().sitemapEntry(later.document().url(), source));
        }
    }

    /** Whether the URL is that of a web page ({@code /talks/}, {@code /cv.html}), rather than a feed or data. */
    static boolean isHtml(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        return !name.contains(".") || name.endsWith(".html") || name.endsWith(".htm");
    }

    /**
     * A CV page's model with the link to its PDF, after adding the job that renders the same view for print; the
     * model as it was when the page has no PDF.
     */
    private static Map<String, Object> withCvPdf(Map<String, Object> model, Document source, BuildViews build,
            Outputs out, Problems problems) {
        Optional<String> pdf = CvPdfSettings.urlOf(source, build.config(), problems);
        if (pdf.isEmpty()) {
            return model;
        }
        Map<String, Object> page = new HashMap<>(model);
        page.put("cvPdfUrl", build.views().href(pdf.get()));
        Map<String, Object> print = new HashMap<>(page);
        print.put("print", Boolean.TRUE);
        out.print(new PageJob(pdf.get(), source.source(), CV_TEMPLATE, Map.copyOf(print)));
        return Map.copyOf(page);
    }

    /**
     * The template for a document: none for {@code layout: null} or {@code none}, nor for a feed, JSON or text
     * file that names none; the one its {@code layout:} names if the site or theme has it, otherwise the
     * theme's item layout for collection items and page layout for pages. Layout names carried over from Jekyll
     * themes ({@code single}, {@code archive}, {@code talk}...) thus land on the theme's own layouts. A page that
     * goes through layouts of the site's own gets the template of the layout they go into, or only the theme's
     * frame when that is Jekyll's {@code default}; any other unknown name gets a warning: the page builds, but may
     * not look the way its author meant.
     */
    private Optional<String> layoutOf(Document document, Problems problems) {
        String layout = document.text("layout").strip();
        boolean none = document.frontMatter().containsKey("layout") && document.frontMatter().get("layout") == null
                || layout.equals("none");
        if (none || layout.isEmpty() && !isHtml(document.url())) {
            // layout: null or none, as in Jekyll; and a feed, JSON or text file that names no layout.
            return Optional.empty();
        }
        String fallback = defaultLayoutOf(document);
        if (layout.isEmpty()) {
            return Optional.of(fallback);
        }
        Optional<SiteLayouts.Chain> siteChain = siteLayouts.chainOf(document);
        if (siteChain.isPresent()) {
            String into = siteChain.get().themeLayout();
            return Optional.of(ThemeLayouts.isFrame(into) ? FRAME_TEMPLATE : themeLayouts.template(into).orElse(fallback));
        }
        Optional<String> template = themeLayouts.template(layout);
        if (template.isPresent() || ThemeLayouts.isStandIn(layout)) {
            return Optional.of(template.orElse(fallback));
        }
        String kind = fallback.substring(0, fallback.indexOf('.'));
        Optional<String> whyNotRun = siteLayouts.whyNotRun(document);
        problems.warn(document.source(), 0, whyNotRun.isPresent()
                ? whyNotRun.get() + ": the page gets the theme's " + kind + " layout. To lay it out your way, add"
                        + " templates/" + layout + ".ftlh, or remove the 'layout:' line"
                : "the layout '" + layout + "' is neither in templates/, _layouts/ nor in the theme, so the page gets"
                        + " the theme's " + kind + " layout: add templates/" + layout + ".ftlh, or remove the"
                        + " 'layout:' line");
        return Optional.of(fallback);
    }

    private static String defaultLayoutOf(Document document) {
        return document.isPage() ? PAGE_TEMPLATE : ITEM_TEMPLATE;
    }
}

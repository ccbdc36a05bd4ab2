package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.body.RenderedDocument;
import dev.homepage.content.Document;
import dev.homepage.cv.CvPdfSettings;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Theme files that are not layouts a page may name: the macro library, and the listing (it needs a listing). */
    private static final Set<String> NOT_LAYOUTS = Set.of("layout", "listing", "redirect", "print", "bibliography");

    /**
     * The layouts of the Jekyll themes homepages come from (academicpages, AcadHomepage, minimal-mistakes, al-folio's
     * about page): the theme's own page and item layouts stand in for them, so naming them is no mistake.
     */
    private static final Set<String> JEKYLL_LAYOUTS = Set.of("default", "single", "archive", "talk", "splash",
            "page", "post", "home", Views.ABOUT_LAYOUT);

    private final TemplateRenderer templates;
    private final Map<String, Boolean> layoutExists = new ConcurrentHashMap<>();

    DocumentPages(TemplateRenderer templates) {
        this.templates = templates;
    }

    @Override
    public void produce(BuildViews build, Outputs out) {
        Map<Path, PublicationView> paperOfFile = new HashMap<>();
        build.papers().all().stream().filter(paper -> paper.publication().hasMarkdownPage())
                .forEach(paper -> paperOfFile.put(paper.publication().source(), paper.view()));
        for (RenderedDocument document : build.bodies().values()) {
            Document source = document.document();
            if (!source.output()) {
                continue;
            }
            build.siteFiles().redirects(build, source).forEach(out::add);
            if (!Boolean.FALSE.equals(source.frontMatter().get("sitemap")) && isHtml(source.url())) {
                out.add(build.siteFiles().sitemapEntry(source.url(), source));
            }
            Optional<String> chosen = layoutOf(source, build.problems());
            if (chosen.isEmpty()) {
                // As in Jekyll: the rendered content is the file, a hand-written feed or JSON file as it is.
                out.add(new OutputPage(source.url(), source.source(), document.html()));
                continue;
            }
            String layout = chosen.get();
            PageView page = build.pages().get(source.source());
            PublicationView publication = paperOfFile.get(source.source());
            Map<String, Object> model;
            if (publication == null) {
                model = build.model("page", page, "publications", build.papers().view(), "news", build.news(),
                        "collections", build.collections());
            } else {
                model = build.model("page", page, "publications", build.papers().view(), "news", build.news(),
                        "collections", build.collections(), "publication", publication);
                layout = layout.equals(ITEM_TEMPLATE) ? PUBLICATION_TEMPLATE : layout;
            }
            if (layout.equals(CV_TEMPLATE)) {
                model = withCvPdf(model, source, build, out);
            }
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
            Outputs out) {
        Optional<String> pdf = CvPdfSettings.urlOf(source, build.config(), build.problems());
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
}

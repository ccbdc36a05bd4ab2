package dev.homepage;

import dev.homepage.body.BodyRenderer;
import dev.homepage.body.SiteLayouts;
import dev.homepage.cache.Memo;
import dev.homepage.cache.SourceChanges;
import dev.homepage.check.MissingImages;
import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.ContentLoader;
import dev.homepage.content.RenderedDocument;
import dev.homepage.content.SiteContent;
import dev.homepage.content.SourceTree;
import dev.homepage.cv.CvPdfs;
import dev.homepage.images.ResponsiveImages;
import dev.homepage.incremental.BodyCache;
import dev.homepage.incremental.Regenerator;
import dev.homepage.liquid.LiquidRenderer;
import dev.homepage.markdown.MarkdownRenderer;
import dev.homepage.output.OutputOwnership;
import dev.homepage.output.OutputPage;
import dev.homepage.output.SassStyleSheets;
import dev.homepage.output.SiteWriter;
import dev.homepage.output.ThemeAssets;
import dev.homepage.publications.BibEntry;
import dev.homepage.publications.BibliographyLoader;
import dev.homepage.publications.PublicationCatalog;
import dev.homepage.render.PageRenderer;
import dev.homepage.render.RenderingSetUp;
import dev.homepage.render.TemplateRenderer;
import dev.homepage.render.ThemeLayouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds a homepage, top-down: load the config, load the content, render each body (Liquid, then Markdown),
 * render the pages (FreeMarker templates), write the output.
 *
 * <p>A generator remembers its last build, so that building again (as {@code serve} does after each save) redoes
 * only what changed: each file is parsed, each body and page rendered, only when what it is made from changed
 * ({@link Regenerator} decides), and only the changed files are written. The output is the same as that of a new
 * generator.
 */
public final class SiteGenerator {

    private final ContentLoader contentLoader = new ContentLoader();
    private final Regenerator regenerator = new Regenerator();
    private final Memo<String, Boolean> bodiesWithMedia = new Memo<>();
    private final ThemeAssets theme = new ThemeAssets();
    private final SassStyleSheets sass = new SassStyleSheets();
    private final CvPdfs cvPdfs = new CvPdfs();
    private final ResponsiveImages responsiveImages = new ResponsiveImages(Regenerator.CODE_VERSION);
    private SiteWriter writer;
    private TemplateRenderer templates;
    /** The report of the last build that succeeded. */
    private BuildReport lastReport;

    /** The publications as a build made them, with what it found wrong in the bibliography and counts. */
    private record CatalogBuild(PublicationCatalog.Catalog catalog, Problems problems) {
    }

    /** Builds the site; one build at a time, as each builds on what the last one left. */
    public BuildReport generate(BuildRequest request) throws SiteBuildException, IOException {
        return generate(request, SourceChanges.UNKNOWN);
    }

    /**
     * Builds the site again after the given files changed, and no others: the files not named are taken as the
     * last build read them, as {@code serve}, told of every change by the file system, may.
     *
     * @param changed the source files that were saved, created or deleted, absolute or relative to the source
     *     folder; a folder among them stands for anything under it, and every file is checked
     */
    public BuildReport rebuild(BuildRequest request, Set<Path> changed) throws SiteBuildException, IOException {
        Path source = request.sourceDirectory().toAbsolutePath().normalize();
        Set<Path> files = new HashSet<>();
        for (Path path : changed) {
            Path absolute = source.resolve(path).normalize();
            if (absolute.equals(source) || !absolute.startsWith(source) || Files.isDirectory(absolute)) {
                return generate(request);
            }
            files.add(source.relativize(absolute));
        }
        return generate(request, SourceChanges.only(files));
    }

    private synchronized BuildReport generate(BuildRequest request, SourceChanges changes)
            throws SiteBuildException, IOException {
        // The first build sets up what pages are made with on the second core while it reads the site. The set-up
        // has ended when the build returns, however it ends: Maven closes the plugin's class loader after the goal.
        try (RenderingSetUp renderingSetUp = templates == null ? new RenderingSetUp() : null) {
            return build(request, changes, renderingSetUp);
        }
    }

    private BuildReport build(BuildRequest request, SourceChanges changes, RenderingSetUp renderingSetUp)
            throws SiteBuildException, IOException {
        long start = System.nanoTime();
        Path source = request.sourceDirectory().toAbsolutePath().normalize();
        Path output = request.outputDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new SiteBuildException(List.of(new Problem(source,
                    "the source folder does not exist: point sourceDirectory (homepage.sourceDirectory) at the"
                            + " folder holding _config.yml")));
        }
        Problems problems = new Problems();
        PhaseTimer phases = new PhaseTimer(request.progress());
        SiteConfig config = new ConfigLoader().load(source, request.baseUrl(), problems).at(request.buildTime());
        OutputOwnership.check(source, request.outputDirectory(), folder -> SourceTree.reads(folder, config),
                writer != null && writer.outputDirectory().equals(output) && writer.holdsLastWrite());
        ConfigText configText = ConfigText.of(source);
        configText.warnOfMisspeltKeys(config, problems);
        if (request.forPublishing()) {
            configText.warnOfPlaceholderUrl(config, problems);
        }
        phases.done("config", 1, "file");
        // A file that cannot be read is left out and the others go on through Liquid and the templates, so that
        // one build reports the problems of every phase; only writing waits until there are none.
        int documentsParsedBefore = contentLoader.parsed();
        SiteContent content = contentLoader.load(source, output, config, changes, problems);
        request.cacheDirectory().filter(folder -> !regenerator.load(folder))
                .ifPresent(folder -> problems.warn(BodyCache.file(folder), 0, BodyCache.DAMAGED));
        phases.done("content", content.pages().size() + content.collections().values().stream().mapToInt(List::size)
                .sum(), "documents");

        List<Path> templateFiles = new SourceFolder(source).files(Path.of(SourceNames.TEMPLATES_FOLDER), problems);
        regenerator.madeFrom(source, output, contentLoader.fingerprints(),
                Path.of(config.sassFolder()), templateFiles);
        if (regenerator.templatesChanged()) {
            // A new renderer parses the templates again; the same one keeps them parsed from build to build.
            List<String> names = templateFiles.stream().map(file -> Path.of(SourceNames.TEMPLATES_FOLDER)
                    .relativize(file).toString().replace('\\', '/')).toList();
            Path folder = source.resolve(SourceNames.TEMPLATES_FOLDER);
            templates = renderingSetUp == null ? new TemplateRenderer(folder, names)
                    : new TemplateRenderer(renderingSetUp, folder, names);
        }
        if (regenerator.unchanged() && writer.holdsLastWrite()) {
            // Nothing any page is made from changed since the last build, whose output is still in place.
            problems.throwIfErrors();
            return lastReport.after(Duration.ofNanos(System.nanoTime() - start));
        }
        ThemeLayouts themeLayouts = new ThemeLayouts(templates);
        SiteLayouts siteLayouts = new SiteLayouts(new SourceFolder(source), themeLayouts::knows, problems);
        MarkdownRenderer markdown = new MarkdownRenderer();
        LiquidRenderer liquid = new LiquidRenderer(source, config.timeZone(), markdown);
        BodyRenderer bodyRenderer = new BodyRenderer(liquid, markdown, regenerator.bodies(), siteLayouts);
        regenerator.nextBuild(document -> bodyRenderer.readsTheSite(document, config));
        BuildReport.Work before = work(documentsParsedBefore, 0, 0);
        int[] catalogsBuilt = {0};

        Map<Path, RenderedDocument> bodies = bodyRenderer.render(content, config, problems);
        phases.done("bodies", bodies.size(), "rendered");

        List<RenderedDocument> papers = collection(bodies, content, SourceNames.PUBLICATIONS);
        CatalogBuild catalog = regenerator.catalog(papers, () -> {
            catalogsBuilt[0]++;
            return catalog(source, config, content, papers);
        });
        problems.addAll(catalog.problems());
        PublicationCatalog.Catalog publications = catalog.catalog();
        phases.done("papers", publications.publications().size(), "publications");

        PageRenderer renderer = new PageRenderer(templates, themeLayouts, siteLayouts, regenerator.pages());
        List<OutputPage> pages = renderer.render(content, bodies, publications, config, problems);
        SassStyleSheets.Split styles = SassStyleSheets.split(source, content.staticFiles());
        List<OutputPage> styleSheets = sass.compile(source, styles.sass(), config,
                (file, body, bodyLine, found) -> bodyRenderer.renderLiquid(file, body, bodyLine, config, content, found),
                problems);
        if (!styleSheets.isEmpty()) {
            pages = Stream.concat(pages.stream(), styleSheets.stream()).toList();
        }
        problems.throwIfErrors();
        Set<String> printed = renderer.printedUrls();
        phases.done("pages", pages.size() - printed.size(), "files");
        if (!printed.isEmpty()) {
            pages = cvPdfs.print(pages, printed, source, config, request.buildTime(), problems);
            problems.throwIfErrors();
            phases.done("cv pdf", printed.size(), printed.size() == 1 ? "file" : "files");
        }

        ResponsiveImages.Result images = responsiveImages.apply(pages, source, content.staticFiles(), config,
                request.cacheDirectory(), problems);
        pages = images.pages();
        if (images.images() > 0) {
            phases.done("images", images.images(), images.images() == 1 ? "image" : "images");
        }

        if (writer == null || !writer.outputDirectory().equals(output)) {
            writer = new SiteWriter(output);
        }
        SiteWriter.Written written = writer.write(pages, source, styles.copied(),
                theme.withLibrariesLoadedBy(pages), problems);
        warnOfMissingImages(() -> new MissingImages(source, config, written.sources().keySet()), bodies.values(),
                url -> writer.fileFor(url).map(output::relativize), problems);
        configText.warnOfMissingImages(config, written.sources().keySet(), problems);
        phases.done("write", written.pagesWritten() + written.filesCopied(), "files");
        lastReport = new BuildReport(written.pagesWritten(), written.filesCopied(),
                Duration.ofNanos(System.nanoTime() - start), problems.warnings(), written.sources(),
                work(contentLoader.parsed(), bodyRenderer.rendered(), catalogsBuilt[0]).minus(before));
        regenerator.succeeded();
        if (request.cacheDirectory().isPresent() && !changes.known()) {
            // A rebuild told what changed (serve, after each save) skips this: its sources are in the cache of
            // this run, and a file of the whole site would be written again for each save.
            regenerator.save(request.cacheDirectory().get());
        }
        return lastReport;
    }

    /** What this generator's stages made over all its builds, with the counts given for the ones each build starts. */
    private BuildReport.Work work(int documentsParsed, int bodiesRendered, int catalogsBuilt) {
        return new BuildReport.Work(documentsParsed, bodiesRendered, catalogsBuilt, templates.rendered(),
                regenerator.pages().viewsMade(), regenerator.pages().documentsLaidOut(), sass.compiled(),
                responsiveImages.imagesRead(), theme.pagesScanned(),
                regenerator.pages().itemsSorted());
    }

    /** The rendered items of a collection, in the collection's order; items that failed to render are left out. */
    private static List<RenderedDocument> collection(Map<Path, RenderedDocument> bodies, SiteContent content,
            String name) {
        return content.collections().getOrDefault(name, List.of()).stream()
                .map(document -> bodies.get(document.source())).filter(Objects::nonNull).toList();
    }

    /** The publications, from the papers' files, the bibliography and the citation counts. */
    private static CatalogBuild catalog(Path source, SiteConfig config, SiteContent content,
            List<RenderedDocument> papers) throws IOException {
        Problems problems = new Problems();
        List<BibEntry> bibliography = new BibliographyLoader().load(source, problems);
        return new CatalogBuild(PublicationCatalog.forSite(config, content.data(), source, problems)
                .build(papers, bibliography), problems);
    }

    /** Warnings, not errors, so they can wait until the site is written and every file it has is known. */
    private void warnOfMissingImages(Supplier<MissingImages> check, Collection<RenderedDocument> bodies,
            Function<String, Optional<Path>> fileOfUrl, Problems problems) {
        bodiesWithMedia.nextBuild();
        List<RenderedDocument> withMedia = bodies.stream().filter(body -> body.document().output())
                .filter(body -> bodiesWithMedia.get(body.html(), () -> MissingImages.mayShowMedia(body.html())))
                .sorted(Comparator.comparing(body -> body.document().source().toString())).toList();
        MissingImages images = withMedia.isEmpty() ? null : check.get();
        withMedia.forEach(body -> fileOfUrl.apply(body.document().url()).ifPresent(
                file -> images.warn(file, body.document().source(), body.html(), problems)));
    }
}

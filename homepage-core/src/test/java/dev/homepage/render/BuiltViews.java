package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.SourceFolder;
import dev.homepage.TestSite;
import dev.homepage.body.BodyRenderer;
import dev.homepage.body.SiteLayouts;
import dev.homepage.cache.SourceChanges;
import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.ContentLoader;
import dev.homepage.content.RenderedDocument;
import dev.homepage.content.SiteContent;
import dev.homepage.incremental.Regenerator;
import dev.homepage.liquid.LiquidRenderer;
import dev.homepage.markdown.MarkdownRenderer;
import dev.homepage.publications.BibliographyLoader;
import dev.homepage.publications.PublicationCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The views of a test site's build, made by the stages before the producers, for tests of one producer at a time:
 * what it adds to the outputs, before any template runs.
 */
final class BuiltViews {

    final BuildViews build;
    final PageRenderer renderer;

    private BuiltViews(BuildViews build, PageRenderer renderer) {
        this.build = build;
        this.renderer = renderer;
    }

    static BuiltViews of(TestSite site) throws Exception {
        Path source = site.source().toAbsolutePath();
        Problems problems = new Problems();
        SiteConfig config = new ConfigLoader().load(source, Optional.empty(), problems);
        ContentLoader loader = new ContentLoader();
        SiteContent content = loader.load(source, site.output(), config, SourceChanges.UNKNOWN, problems);
        Regenerator regenerator = new Regenerator();
        regenerator.madeFrom(source, site.output(), loader.fingerprints(), Path.of(SourceNames.SASS_FOLDER), List.of());
        TemplateRenderer templates = new TemplateRenderer(source.resolve(SourceNames.TEMPLATES_FOLDER), List.of());
        ThemeLayouts themeLayouts = new ThemeLayouts(templates);
        SiteLayouts siteLayouts = new SiteLayouts(new SourceFolder(source), themeLayouts::knows, problems);
        regenerator.nextBuild(siteLayouts::runFor);
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<Path, RenderedDocument> bodies = new BodyRenderer(new LiquidRenderer(source, config.timeZone(), markdown),
                markdown, regenerator.bodies(), siteLayouts).render(content, config, problems);
        List<RenderedDocument> papers = content.collections().getOrDefault(SourceNames.PUBLICATIONS, List.of())
                .stream().map(document -> bodies.get(document.source())).toList();
        PublicationCatalog.Catalog catalog = PublicationCatalog.forSite(config, content.data(), source, problems)
                .build(papers, new BibliographyLoader().load(source, problems));
        PageRenderer renderer = new PageRenderer(templates, themeLayouts, siteLayouts, regenerator.pages());
        return new BuiltViews(renderer.views(content, bodies, catalog, config, problems), renderer);
    }

    /** What the producer adds to the outputs of the build. */
    Outputs producedBy(OutputProducer producer) {
        Outputs out = new Outputs();
        producer.produce(build, out);
        return out;
    }
}

package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.incremental.PageCache;
import dev.homepage.incremental.PageFingerprints;
import dev.homepage.incremental.RenderedPage;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A file to render with a template: jobs are collected first, then rendered in parallel. A page a document kept
 * from the last build ({@link KeptDocument}) is a job too, already done, so that it keeps its place in the order.
 *
 * @param kept the page already rendered, or null
 */
record PageJob(String url, Path source, String template, Map<String, Object> model, OutputPage kept) {

    PageJob(String url, Path source, String template, Map<String, Object> model) {
        this(url, source, template, model, null);
    }

    /** A page rendered by an earlier build, taken as it is. */
    static PageJob done(OutputPage page) {
        return new PageJob(page.url(), page.source(), null, Map.of(), page);
    }

    /**
     * A page rendered, and the top-level variables its template read.
     */
    record Rendered(OutputPage page, Set<String> read) {
    }

    /**
     * Renders the page, or takes it from the last build when the cache finds nothing it read changed.
     *
     * @param fingerprints what the views of this build were made from
     */
    Optional<Rendered> render(TemplateRenderer templates, PageCache cache, PageFingerprints fingerprints,
            Problems problems) {
        if (kept != null) {
            return Optional.of(new Rendered(kept, Set.of()));
        }
        try {
            RenderedPage page = cache.page(url, template, model, fingerprints, templates.wrapper(),
                    (name, recording) -> PageRenderer.wellFormedIfXml(url, templates.render(name, recording)));
            return Optional.of(new Rendered(new OutputPage(url, source, page.content(), false), page.inputs()
                    .keySet()));
        } catch (SourceError e) {
            problems.error(e.place().file(), e.line(), e.column(),
                    e.getMessage() + " (while rendering " + source + ")");
            return Optional.empty();
        }
    }
}

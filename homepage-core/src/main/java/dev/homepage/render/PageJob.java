package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.incremental.PageCache;
import dev.homepage.incremental.PageFingerprints;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A file to render with a template: jobs are collected first, then rendered in parallel. */
record PageJob(String url, Path source, String template, Map<String, Object> model) {

    /**
     * Renders the page, or takes it from the last build when the cache finds nothing it read changed.
     *
     * @param fingerprints what the views of this build were made from
     */
    Optional<OutputPage> render(TemplateRenderer templates, PageCache cache, PageFingerprints fingerprints,
            Problems problems) {
        try {
            return Optional.of(new OutputPage(url, source, cache.page(url, template, model, fingerprints,
                    templates.wrapper(), (name, page) -> PageRenderer.wellFormedIfXml(url, templates.render(name, page))),
                    false));
        } catch (SourceError e) {
            problems.error(e.place().file(), e.line(), e.column(),
                    e.getMessage() + " (while rendering " + source + ")");
            return Optional.empty();
        }
    }
}

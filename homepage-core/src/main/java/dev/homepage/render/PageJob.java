package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A file to render with a template: jobs are collected first, then rendered in parallel. */
record PageJob(String url, Path source, String template, Map<String, Object> model) {

    Optional<OutputPage> render(TemplateRenderer templates, Problems problems) {
        try {
            return Optional.of(new OutputPage(url, source, templates.render(template, model)));
        } catch (TemplateRenderer.TemplateError e) {
            problems.error(Path.of(e.template()), e.line(), e.column(),
                    e.getMessage() + " (while rendering " + source + ")");
            return Optional.empty();
        }
    }
}

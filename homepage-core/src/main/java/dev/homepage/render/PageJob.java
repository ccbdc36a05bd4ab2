package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.cache.Memo;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A file to render with a template: jobs are collected first, then rendered in parallel. */
record PageJob(String url, Path source, String template, Map<String, Object> model) {

    /**
     * Renders the page, or takes it from the last build when the same template read variables that all have the
     * same fingerprint now: the template, given the same values, would write the same page.
     *
     * @param base what every page of this build was made from (the templates and the config)
     * @param memo the pages of the last build, by URL
     */
    Optional<OutputPage> render(TemplateRenderer templates, String base, PageFingerprints fingerprints,
            Memo<String, RenderedPage> memo, Problems problems) {
        RenderedPage before = memo.find(url);
        if (before != null && before.base().equals(base) && before.template().equals(template)
                && before.inputs().entrySet().stream().allMatch(input -> input.getValue()
                        .equals(fingerprints.of(input.getKey(), model.get(input.getKey()))))) {
            memo.put(url, before);
            return Optional.of(new OutputPage(url, source, before.html()));
        }
        try {
            RecordingModel recording = templates.recording(model);
            String html = templates.render(template, recording);
            Map<String, Object> inputs = new LinkedHashMap<>();
            recording.read().forEach(name -> inputs.put(name, fingerprints.of(name, model.get(name))));
            memo.put(url, new RenderedPage(base, template, inputs, html));
            return Optional.of(new OutputPage(url, source, html));
        } catch (SourceError e) {
            problems.error(e.place().file(), e.line(), e.column(),
                    e.getMessage() + " (while rendering " + source + ")");
            return Optional.empty();
        }
    }
}

package dev.homepage.incremental;

import java.util.Map;

/**
 * A page as a build rendered it, kept for the next build.
 *
 * @param base what every page of that build was made from: the templates and the config
 * @param template the template it was rendered with
 * @param inputs what each top-level variable the template read was made from, by name
 * @param content what the template gave, in UTF-8 ({@link dev.homepage.output.OutputPage} says why)
 */
public record RenderedPage(String base, String template, Map<String, Object> inputs, byte[] content) {
}

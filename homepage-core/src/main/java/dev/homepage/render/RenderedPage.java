package dev.homepage.render;

import java.util.Map;

/**
 * A page as a build rendered it, kept for the next build.
 *
 * @param inputs what each top-level variable the template read was made from, by name
 * @param html what the template gave
 */
record RenderedPage(Map<String, Object> inputs, String html) {
}

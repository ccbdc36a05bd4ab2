package dev.homepage.render;

import java.util.Map;

/**
 * A page as a build rendered it, kept for the next build.
 *
 * @param inputs the fingerprint of each top-level variable the template read, by name
 * @param html what the template gave
 */
record RenderedPage(Map<String, String> inputs, String html) {
}

package dev.homepage.render;

/**
 * A heading of a page's table of contents.
 *
 * @param id the heading's id, the link's fragment
 * @param text the heading's text
 * @param level 2 for an h2, 3 for an h3
 */
public record TocEntry(String id, String text, int level) {
}

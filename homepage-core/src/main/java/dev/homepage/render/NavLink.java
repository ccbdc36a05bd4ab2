package dev.homepage.render;

/**
 * One entry of the navigation bar.
 *
 * @param title the text of the link
 * @param url the href
 */
public record NavLink(String title, String url) {
}

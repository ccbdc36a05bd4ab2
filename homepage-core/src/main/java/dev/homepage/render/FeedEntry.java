package dev.homepage.render;

/**
 * What the feed template sees of an entry of the Atom feed.
 *
 * @param title the title
 * @param url its absolute URL (site-relative when the config has no {@code url})
 * @param updated its date, RFC 3339
 * @param summary its excerpt as HTML, escaped by the feed's template
 */
public record FeedEntry(String title, String url, String updated, String summary) {
}

package dev.homepage.render;

/**
 * What the sitemap template sees of a page.
 *
 * @param url its absolute URL
 * @param lastModified its date (yyyy-mm-dd), or ""
 */
public record SitemapEntry(String url, String lastModified) {
}

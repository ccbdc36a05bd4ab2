package dev.homepage.publications;

/**
 * A link of a publication: its PDF, code, slides...
 *
 * @param kind what it leads to: "pdf", "code", "slides", "poster", "video", "project", "doi", "arxiv", "bibtex"
 * @param label the button's text
 * @param url the address as the source wrote it, site-relative or absolute; in templates, the href
 */
public record PaperLink(String kind, String label, String url) {
}

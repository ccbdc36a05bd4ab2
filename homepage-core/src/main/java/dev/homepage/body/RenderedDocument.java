package dev.homepage.body;

import dev.homepage.Problem;
import dev.homepage.content.Document;
import java.util.List;

/**
 * A document whose body went through Liquid and Markdown.
 *
 * @param document the document
 * @param html the body as HTML
 * @param excerptHtml the excerpt as HTML: the front matter's {@code excerpt}, else the first paragraph; or ""
 * @param citationHtml the front matter's {@code citation} as HTML (academicpages citations hold entities and
 *     {@code <i>} tags), or ""
 * @param fingerprint what it was rendered from: the same fingerprint gives the same rendering
 * @param warnings what rendering it found that the author should hear of, each time the site is built
 * @param laterPages for a paginated page, its pages after the first, each at its own URL; otherwise empty
 */
public record RenderedDocument(Document document, String html, String excerptHtml, String citationHtml,
        String fingerprint, List<Problem> warnings, List<RenderedDocument> laterPages) {

    /** A document with one page. */
    public RenderedDocument(Document document, String html, String excerptHtml, String citationHtml,
            String fingerprint, List<Problem> warnings) {
        this(document, html, excerptHtml, citationHtml, fingerprint, warnings, List.of());
    }

    /** The same body with its HTML replaced, on each of its pages. */
    public RenderedDocument withHtml(java.util.function.UnaryOperator<String> change) {
        return new RenderedDocument(document, change.apply(html), excerptHtml, citationHtml, fingerprint, warnings,
                laterPages.stream().map(page -> page.withHtml(change)).toList());
    }
}

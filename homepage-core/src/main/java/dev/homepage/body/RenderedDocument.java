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
 */
public record RenderedDocument(Document document, String html, String excerptHtml, String citationHtml,
        String fingerprint, List<Problem> warnings) {
}

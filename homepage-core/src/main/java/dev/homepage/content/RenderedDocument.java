package dev.homepage.content;

import dev.homepage.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A document whose body went through Liquid and Markdown.
 *
 * @param document the document
 * @param html the body as HTML
 * @param excerptHtml the excerpt as HTML: the front matter's {@code excerpt}, else the first paragraph; or ""
 * @param citationHtml the front matter's {@code citation} as HTML (academicpages citations hold entities and
 *     {@code <i>} tags), or ""
 * @param warnings what rendering it found that the author should hear of, each time the site is built
 * @param laterPages for a paginated page, its pages after the first, each at its own URL; otherwise empty
 * @param includedHtml the files the page's layout includes because its front matter names them (al-folio's
 *     {@code layout: profiles}), each rendered as a body is, by the name the front matter gives; in that order
 */
public record RenderedDocument(Document document, String html, String excerptHtml, String citationHtml,
        List<Problem> warnings, List<RenderedDocument> laterPages, Map<String, String> includedHtml) {

    /** A document with one page, whose layout includes no file. */
    public RenderedDocument(Document document, String html, String excerptHtml, String citationHtml,
            List<Problem> warnings) {
        this(document, html, excerptHtml, citationHtml, warnings, List.of(), Map.of());
    }

    /**
     * A document whose layout includes no file. The body cache keeps no included files: a body that has them is
     * rendered every build.
     */
    public RenderedDocument(Document document, String html, String excerptHtml, String citationHtml,
            List<Problem> warnings, List<RenderedDocument> laterPages) {
        this(document, html, excerptHtml, citationHtml, warnings, laterPages, Map.of());
    }

    /** The same body with its HTML replaced, on each of its pages and in the files its layout includes. */
    public RenderedDocument withHtml(UnaryOperator<String> change) {
        Map<String, String> included = new LinkedHashMap<>();
        includedHtml.forEach((name, text) -> included.put(name, change.apply(text)));
        return new RenderedDocument(document, change.apply(html), excerptHtml, citationHtml, warnings,
                laterPages.stream().map(page -> page.withHtml(change)).toList(), Collections.unmodifiableMap(included));
    }
}

package dev.homepage.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Map;

/**
 * What every page has, a plain page, a collection item or a generated page (a listing's, the search page...);
 * templates read it through {@link PageView}'s accessors of the same names. Texts may be empty, never null.
 *
 * @param title the page title
 * @param url the href of the page, or empty when the item has no page of its own
 * @param collection the collection the page belongs to or lists ("talks", "publications"...), or empty
 * @param dateDisplay the date as readers see it ("December 01, 2021"), or empty
 * @param dateIso the date as ISO-8601 ("2021-12-01"), or empty
 * @param year the year of the date, or empty
 * @param authorProfile whether the author sidebar is shown
 * @param excerpt the excerpt, rendered
 * @param content the page body, rendered; the only markup templates emit unescaped
 * @param frontMatter the front matter as the file wrote it, for site templates that need more
 * @param description what search engines and link previews show of the page: its description, excerpt or the
 *     site's description, as plain text
 * @param image the absolute URL (or href, when the site has no url) of the page's image for link previews, or empty
 * @param toc the table of contents of a long page, or empty
 * @param math whether the body holds math ({@code $$...$$}, {@code \\[...\\]}, {@code \\(...\\)}), which the
 *     page then renders with KaTeX
 * @param code whether the body holds fenced code with a language, which the page then highlights
 */
public record PageBasics(
        String title,
        String url,
        String collection,
        String dateDisplay,
        String dateIso,
        String year,
        boolean authorProfile,
        TemplateHTMLOutputModel excerpt,
        TemplateHTMLOutputModel content,
        Map<String, Object> frontMatter,
        String description,
        String image,
        List<TocEntry> toc,
        boolean math,
        boolean code) {
}

package dev.homepage.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Map;

/**
 * What a template sees as {@code page}, and as each item of a listing. Texts may be empty, never null.
 *
 * @param title the page title
 * @param url the href of the page, or empty when the item has no page of its own
 * @param collection the collection the page belongs to ("talks", "publications"...), or empty for a plain page
 * @param dateDisplay the date as readers see it ("December 01, 2021"), or empty
 * @param dateIso the date as ISO-8601 ("2021-12-01"), or empty
 * @param year the year of the date, or empty
 * @param type the kind of item, such as "Invited Talk"
 * @param venue where it was published or given
 * @param location the place of a talk
 * @param citation the citation line of a publication, rendered
 * @param paperUrl the href of a publication's paper, or empty
 * @param slidesUrl the href of slides, or empty
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
 * @param homeSections on the home page, its content cut where its own sections start, for the news to go
 *     between; elsewhere, all of it as the introduction
 * @param profiles the people of a page in al-folio's {@code layout: profiles}, in order; the profile of a page in
 *     its {@code layout: about}; elsewhere none
 * @param readTime how long the item takes to read ("9 minute read"), when its front matter sets {@code read_time},
 *     as academicpages' posts do; else empty
 */
public record PageView(
        String title,
        String url,
        String collection,
        String dateDisplay,
        String dateIso,
        String year,
        String type,
        String venue,
        String location,
        TemplateHTMLOutputModel citation,
        String paperUrl,
        String slidesUrl,
        boolean authorProfile,
        TemplateHTMLOutputModel excerpt,
        TemplateHTMLOutputModel content,
        Map<String, Object> frontMatter,
        String description,
        String image,
        List<TocEntry> toc,
        boolean math,
        boolean code,
        HomeSections homeSections,
        List<ProfileView> profiles,
        String readTime) {
}

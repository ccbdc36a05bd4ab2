package dev.homepage.render;

import freemarker.core.TemplateHTMLOutputModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A home page's content cut where its own sections start: the introduction, before the first heading of the second
 * level, and the sections from there. The theme shows the news between them, as al-folio and AcadHomepage home pages
 * place them, rather than after a trailing "Contact" or "Honours" section.
 *
 * @param introduction the content up to its first section; all of it when it has none
 * @param sections the content from its first section on, or empty
 */
public record HomeSections(TemplateHTMLOutputModel introduction, TemplateHTMLOutputModel sections) {

    /** All the content as the introduction, uncut: for the pages that show no news. */
    static HomeSections whole(String html) {
        return new HomeSections(Views.markup(html), Views.markup(""));
    }

    static HomeSections of(String html) {
        int cut = firstSection(html);
        return new HomeSections(Views.markup(html.substring(0, cut)), Views.markup(html.substring(cut)));
    }

    /**
     * Where the first {@code <h2>} of the content's own starts (not one inside a list, a quote or the author's HTML
     * block), when some text comes before it; else the content's length: a page that starts with a section has no
     * introduction for the news to follow.
     */
    static int firstSection(String html) {
        if (!html.contains("<h2")) {
            return html.length();
        }
        // An offset in the rendered text, so that both parts keep its bytes: nothing is serialised again.
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        for (Element child : parsed.body().children()) {
            if (child.normalName().equals("h2")) {
                int start = child.sourceRange().startPos();
                return Jsoup.parse(html.substring(0, start)).text().isBlank() ? html.length() : start;
            }
        }
        return html.length();
    }
}

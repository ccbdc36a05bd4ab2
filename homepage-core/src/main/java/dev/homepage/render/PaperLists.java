package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.content.RenderedDocument;
import dev.homepage.liquid.PaperList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Draws the lists of papers a body's jekyll-scholar tags chose ({@link PaperList}) as the theme draws papers, under
 * their years where the tag groups them so.
 */
final class PaperLists {

    private final TemplateRenderer templates;
    private final Map<String, PublicationView> byKey = new LinkedHashMap<>();
    private final Problems problems;

    PaperLists(TemplateRenderer templates, Papers papers, Problems problems) {
        this.templates = templates;
        this.problems = problems;
        papers.view().items().forEach(paper -> byKey.putIfAbsent(paper.key(), paper));
    }

    /** The body with its lists of papers drawn; the body itself when it has none. */
    RenderedDocument into(RenderedDocument body) {
        if (!PaperList.in(body.html())) {
            return body;
        }
        return body.withHtml(html -> PaperList.MARKER.matcher(html).replaceAll(marker -> Matcher.quoteReplacement(
                draw(PaperList.of(marker), body.document().source()))));
    }

    private String draw(PaperList list, Path source) {
        List<PublicationView> chosen = list.keys().stream().map(byKey::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(PublicationView::dateIso).reversed()).toList();
        Map<String, List<PublicationView>> byYear = new LinkedHashMap<>();
        chosen.forEach(paper -> byYear.computeIfAbsent(list.groupByYear() ? paper.year() : "",
                year -> new ArrayList<>()).add(paper));
        List<PublicationsView.Group> groups = byYear.entrySet().stream()
                .map(group -> new PublicationsView.Group(group.getKey().isEmpty() ? "" : "y" + group.getKey(),
                        group.getKey(), group.getValue())).toList();
        try {
            return templates.render("bibliography.ftlh", Map.of("groups", groups));
        } catch (SourceError e) {
            problems.error(e.place().file(), e.line(), e.column(), e.getMessage() + " (drawing the papers of "
                    + source + ")");
            return "";
        }
    }
}

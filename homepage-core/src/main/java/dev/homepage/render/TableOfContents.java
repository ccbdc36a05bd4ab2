package dev.homepage.render;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The table of contents of a long page: its h2 and h3 headings that have ids, when there are at least three, or
 * whenever the front matter says {@code toc: true}; never with {@code toc: false}.
 */
final class TableOfContents {

    static final int MINIMUM_HEADINGS = 3;
    private static final Pattern HEADING = Pattern.compile("<h[23][\\s>]");

    private TableOfContents() {
    }

    static List<TocEntry> of(String html, Map<String, Object> frontMatter) {
        Object wanted = frontMatter.get("toc");
        boolean forced = Boolean.TRUE.equals(wanted);
        // Most pages are short: counting heading tags spares them a parse.
        if (Boolean.FALSE.equals(wanted) || !forced && HEADING.matcher(html).results().count() < MINIMUM_HEADINGS) {
            return List.of();
        }
        List<TocEntry> entries = Jsoup.parseBodyFragment(html).select("h2[id], h3[id]").stream()
                .map(heading -> new TocEntry(heading.id(), heading.text(), heading.tagName().equals("h2") ? 2 : 3))
                .toList();
        return forced || entries.size() >= MINIMUM_HEADINGS ? entries : List.of();
    }
}

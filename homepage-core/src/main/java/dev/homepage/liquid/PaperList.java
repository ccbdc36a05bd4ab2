package dev.homepage.liquid;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A list of papers that jekyll-scholar's tags chose in a body, left in it as an HTML comment until the page is
 * laid out, when the theme draws the papers ({@code bibliography.ftlh}).
 *
 * @param groupByYear whether the papers are shown under their years
 * @param keys the BibTeX keys of the papers, in the order chosen
 */
public record PaperList(boolean groupByYear, List<String> keys) {

    /** Where lists stand in a rendered body. */
    public static final Pattern MARKER = Pattern.compile("<!--homepage:papers (year|all) ([^ ]*) -->");

    /** The comment standing for the list in the body. */
    String marker() {
        return "<!--homepage:papers " + (groupByYear ? "year" : "all") + " " + String.join(",", keys) + " -->";
    }

    /** The list a marker found by {@link #MARKER} stands for. */
    public static PaperList of(MatchResult marker) {
        return new PaperList(marker.group(1).equals("year"),
                marker.group(2).isEmpty() ? List.of() : Arrays.asList(marker.group(2).split(",")));
    }

    /** Whether a body holds any list. */
    public static boolean in(String html) {
        return html.contains("<!--homepage:papers ");
    }
}

package dev.homepage.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML taken out of the Markdown before parsing and put back after rendering, so that an HTML block with blank
 * lines inside stays whole, as kramdown keeps it, instead of being cut into pieces by CommonMark's rules.
 * One instance serves one document.
 */
final class RawHtml {

    /** A placeholder as HTML, or escaped as text where the parser saw code (it may disagree on a rare fence). */
    private static final Pattern PLACEHOLDER = Pattern.compile("(<|&lt;)!--homepage-raw:(\\d{1,9})--(?:>|&gt;)\\n?");

    private final List<String> blocks = new ArrayList<>();

    /** Stores the HTML and returns the comment that stands for it; CommonMark passes HTML comments through. */
    String stash(String html) {
        blocks.add(html);
        return "<!--homepage-raw:" + (blocks.size() - 1) + "-->";
    }

    String restore(String rendered) {
        if (blocks.isEmpty()) {
            return rendered;
        }
        Matcher matcher = PLACEHOLDER.matcher(rendered);
        StringBuilder result = new StringBuilder(rendered.length());
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(2));
            if (index < blocks.size()) {
                String block = blocks.get(index);
                String text = block.endsWith("\n") ? block : block + "\n";
                boolean inCode = matcher.group(1).length() > 1;
                matcher.appendReplacement(result, Matcher.quoteReplacement(inCode ? Escaping.escapeHtml(text, false) : text));
            }
        }
        matcher.appendTail(result);
        return result.toString();
    }
}

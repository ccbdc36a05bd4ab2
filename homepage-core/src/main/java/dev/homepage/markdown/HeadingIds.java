package dev.homepage.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading ids made as Jekyll's kramdown (GFM input) makes them, so that in-page links of existing sites keep
 * working: lower case, everything but letters, marks, digits, connector punctuation, hyphens and spaces removed,
 * spaces turned into hyphens ({@code # 🔥 News} gives {@code -news}); a repeated id gets "-1", "-2"...
 * One instance serves one document.
 */
final class HeadingIds {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- \\t]");

    private final Map<String, Integer> seen = new HashMap<>();

    /** The id for a heading, given its source text. */
    String next(String headingText) {
        String id = NOT_WORD.matcher(headingText.strip().toLowerCase(Locale.ROOT)).replaceAll("")
                .replace(' ', '-').replace('\t', '-');
        int count = seen.merge(id, 1, Integer::sum) - 1;
        return count == 0 ? id : id + "-" + count;
    }
}

package dev.homepage;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** What a mistyped name most likely meant, for the "did you mean" of messages. */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The name nearest the typed one by edit distance, ignoring case (a hand-typed name's case often differs), if
     * within the allowed number of edits; the first in alphabetical order of those equally near.
     *
     * @param typed what was written, such as {@code titel}
     * @param names the names it may have meant, such as the known front matter keys
     * @param allowedEdits the most single-letter insertions, deletions and substitutions between the two
     */
    public static Optional<String> closest(String typed, Collection<String> names, int allowedEdits) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(allowedEdits);
        return names.stream()
                .filter(name -> distance.apply(wanted, name.toLowerCase(Locale.ROOT)) >= 0)
                .min(Comparator.comparingInt((String name) -> distance.apply(wanted, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }
}

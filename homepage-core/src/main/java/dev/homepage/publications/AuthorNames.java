package dev.homepage.publications;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads author lists ("Halvorsen, Tessa and Jonas Brekke*") and knows which name is the site's owner: the
 * config's {@code author.name} or one of its {@code author.aliases} ("T. Halvorsen"), compared without case,
 * accents or dots.
 */
final class AuthorNames {

    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern MARKS = Pattern.compile("[*#†‡^]+$");

    private final Set<String> self;

    AuthorNames(Collection<String> ownerNames) {
        this.self = ownerNames.stream().filter(name -> !name.isBlank()).map(AuthorNames::comparable)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A BibTeX author field: names separated by "and", each "First Last" or "Last, First". */
    List<Author> parseBibTeX(String authors) {
        return authors.isBlank() ? List.of() : parse(List.of(AND.split(authors.strip())));
    }

    List<Author> parse(List<String> names) {
        List<Author> authors = new ArrayList<>();
        for (String written : names) {
            String name = written.strip();
            String marks = "";
            var trailing = MARKS.matcher(name);
            if (trailing.find()) {
                marks = trailing.group();
                name = name.substring(0, trailing.start()).strip();
            }
            name = firstNameFirst(name);
            if (!name.isEmpty()) {
                authors.add(new Author(name, self.contains(comparable(name)), marks.contains("*"),
                        marks.contains("#") || marks.contains("†")));
            }
        }
        return List.copyOf(authors);
    }

    private static String firstNameFirst(String name) {
        int comma = name.indexOf(',');
        return comma < 0 ? name : (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
    }

    private static String comparable(String name) {
        String flat = Normalizer.normalize(firstNameFirst(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return flat.toLowerCase(Locale.ROOT).replace(".", " ").replaceAll("\\s+", " ").strip();
    }
}

package dev.homepage.scholarly;

import dev.homepage.publications.BibEntry;
import dev.homepage.publications.BibliographyLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** BibTeX entries made by the importers, before they are given a key. */
final class Entries {

    private Entries() {
    }

    /** An entry of the given type and fields (as BibTeX writes them), known by where it came from. */
    static BibEntry of(String type, Map<String, String> latex, Path origin) {
        Map<String, String> text = new LinkedHashMap<>();
        latex.forEach((name, value) -> text.put(name, BibliographyLoader.plainText(value)));
        return new BibEntry("", type, Collections.unmodifiableMap(text),
                Collections.unmodifiableMap(new LinkedHashMap<>(latex)), origin, 0);
    }

    /** Plain text as a BibTeX value: the characters LaTeX takes as commands escaped. */
    static String escape(String text) {
        return text.replaceAll("([&%$#_])", "\\\\$1");
    }
}

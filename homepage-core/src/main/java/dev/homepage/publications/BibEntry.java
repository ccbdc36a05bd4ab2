package dev.homepage.publications;

import java.nio.file.Path;
import java.util.Map;

/**
 * One entry of a BibTeX file.
 *
 * @param key the citation key
 * @param type the entry type in lower case ("article", "inproceedings"...)
 * @param text each field as readers see it: LaTeX accents and commands turned into Unicode, braces gone; field
 *     names in lower case, in the file's order
 * @param latex each field as the file wrote it, for the BibTeX a reader downloads
 * @param source the file, relative to the source folder
 * @param line the line the entry starts on
 */
public record BibEntry(String key, String type, Map<String, String> text, Map<String, String> latex, Path source,
        int line) {

    /** A field as text, or "" when the entry has none. */
    public String field(String name) {
        return text.getOrDefault(name, "");
    }
}

package dev.homepage.content;

import dev.homepage.Problems;
import dev.homepage.config.Dates;
import dev.homepage.config.SafeYaml;
import dev.homepage.config.YamlValues;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front matter values homepage reads, checked for their type as the file is read: a value of another type (a
 * list where one line of text is meant, {@code redirect_from} written as a mapping, a date that is no date) would
 * show as {@code [a, b]}, or make a folder named {@code {old=path}}. It gets a warning at its line and is left
 * out, so that what reads it does what it does without it: the title comes from the file name, the sitemap takes
 * the item's date, the page is in the sitemap.
 */
final class FrontMatterTypes {

    /** Keys read as one line of text. */
    private static final Set<String> TEXT = Set.of("title", "layout", "permalink", "excerpt", "description", "venue",
            "citation", "slug", "lang", "bibtex_key", "category");
    /** Keys read as true or false. */
    private static final Set<String> FLAGS = Set.of("published", "sitemap", "output", "toc");
    /** Keys read as one text or a list of texts. */
    private static final Set<String> TEXTS = Set.of("redirect_from", "categories", "tags");
    /** Keys read as dates. */
    private static final Set<String> DATES = Set.of("last_modified_at");

    private FrontMatterTypes() {
    }

    /**
     * The front matter without the values of the wrong type, each warned of at its line.
     *
     * @param text the file's text, where the lines of the keys are found
     */
    static Map<String, Object> checked(Path file, String text, Map<String, Object> data, ZoneId zone,
            Problems problems) {
        Map<String, Object> checked = new LinkedHashMap<>(data);
        data.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            String wrong = null;
            if (TEXT.contains(key) && !YamlValues.isScalar(value)) {
                wrong = "should be one line of text, not " + YamlValues.describe(value) + ": it is left out; write"
                        + " it on one line (quoted, if it holds a colon or starts with [ or {)";
            } else if (FLAGS.contains(key) && !(value instanceof Boolean)) {
                wrong = "should be true or false, not " + YamlValues.describe(value) + ": it is left out, as if"
                        + " not set";
            } else if (TEXTS.contains(key) && !(value instanceof List<?>) && !YamlValues.isScalar(value)) {
                wrong = "should be a text or a list of texts, not " + YamlValues.describe(value) + ": it is left"
                        + " out; write '" + key + ": [first, second]', or one '- item' line for each";
            } else if (DATES.contains(key) && !isDate(value, zone)) {
                wrong = "should be a date such as 2024-03-05, not " + YamlValues.describe(value) + ": it is left"
                        + " out, and the page's own date is used";
            }
            if (wrong != null) {
                checked.remove(key);
            } else if (TEXTS.contains(key) && value instanceof List<?> list
                    && !list.stream().allMatch(YamlValues::isScalar)) {
                checked.put(key, list.stream().filter(YamlValues::isScalar).toList());
                wrong = "should be a list of texts, but holds " + YamlValues.describe(list.stream()
                        .filter(item -> !YamlValues.isScalar(item)).findFirst().orElseThrow()) + ": only its texts"
                        + " are kept; write each item as text";
            }
            if (wrong != null) {
                problems.warn(file, SafeYaml.lineOfKey(text, key), "'" + key + "' " + wrong);
            }
        });
        return checked;
    }

    private static boolean isDate(Object value, ZoneId zone) {
        return value instanceof Date || value instanceof TemporalAccessor
                || value instanceof String text && Dates.parse(text, zone).isPresent();
    }
}

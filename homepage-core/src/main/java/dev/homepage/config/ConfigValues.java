package dev.homepage.config;

import dev.homepage.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The config as written, for the readers of its settings: each reads its values from here once, and a value of the
 * wrong kind gets a warning at the line that holds it, saying what is used instead. The values stay in the config
 * as written, for Liquid's {@code site}.
 */
final class ConfigValues {

    private final Map<String, Object> raw;
    private final Path file;
    private final String text;
    private final Problems problems;

    /**
     * @param file the config file, relative to the source folder, which warnings name
     * @param text its text, in which warnings find the line of a key
     */
    ConfigValues(Map<String, Object> raw, Path file, String text, Problems problems) {
        this.raw = raw;
        this.file = file;
        this.text = text;
        this.problems = problems;
    }

    /** The top-level value of a key, or null. */
    Object get(String key) {
        return raw.get(key);
    }

    /** A block of settings ({@code sass:}, {@code images:}...); empty when the config has none, or has no mapping. */
    Map<?, ?> block(String key) {
        return raw.get(key) instanceof Map<?, ?> block ? block : Map.of();
    }

    /** A warning at the line of the key. */
    void warn(String key, String message) {
        problems.warn(file, SafeYaml.lineOfKey(text, key), message);
    }

    /** An error at the line of the key: the build stops, with its other problems. */
    void error(String key, String message) {
        problems.error(file, SafeYaml.lineOfKey(text, key), message);
    }

    /** A top-level setting that is one value, as text; empty when unset or blank. */
    Optional<String> text(String key) {
        return text(raw, key);
    }

    /**
     * A setting that is one value, as text as written; empty when unset or blank. A list or mapping is left out with
     * a warning.
     */
    Optional<String> text(Map<?, ?> block, String key) {
        Object value = block.get(key);
        if (value != null && !YamlValues.isScalar(value)) {
            warn(key, "'" + key + "' should be one value, not " + YamlValues.describe(value) + ": it is left out");
            return Optional.empty();
        }
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value)).filter(s -> !s.isBlank());
    }

    /** A top-level setting that is true or false (also when quoted); else the default, with a warning when set. */
    boolean flag(String key, boolean otherwise) {
        return flag(raw, key, otherwise);
    }

    /** A setting that is true or false (also when quoted); else the default, with a warning when it is set. */
    boolean flag(Map<?, ?> block, String key, boolean otherwise) {
        Object value = block.get(key);
        if (value == null) {
            return otherwise;
        }
        String written = String.valueOf(value).strip();
        if (value instanceof Boolean || (value instanceof String && (written.equalsIgnoreCase("true")
                || written.equalsIgnoreCase("false")))) {
            return written.equalsIgnoreCase("true");
        }
        warn(key, "'" + key + "' should be true or false, not " + YamlValues.describe(value) + ": it is left out, as"
                + " if " + otherwise);
        return otherwise;
    }

    /** A top-level setting that is a whole number of 0 or more; else the default, with a warning when it is set. */
    int count(String key, int otherwise) {
        return count(raw, key, otherwise);
    }

    /** A setting that is a whole number of 0 or more; else the default, with a warning when it is set. */
    int count(Map<?, ?> block, String key, int otherwise) {
        Object value = block.get(key);
        OptionalInt count = YamlValues.count(value);
        if (value != null && count.isEmpty()) {
            warn(key, "'" + key + "' should be a whole number of 0 or more, not " + YamlValues.describe(value)
                    + ": it is left out, and " + otherwise + " is used");
        }
        return count.orElse(otherwise);
    }

    /** A setting that is a list of texts, or one text; empty when unset. */
    static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(item -> item != null).forEach(item -> result.add(String.valueOf(item)));
        } else if (value != null) {
            result.add(String.valueOf(value));
        }
        return result;
    }
}

package dev.homepage.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads YAML the safe way: standard types only, no duplicate keys, bounded aliases.
 *
 * <p>Timestamps stay strings so that every date form real sites write (including
 * {@code 2024-03-05 12:00:00 -0400}, which YAML does not know) goes through {@link Dates} alone.
 */
public final class SafeYaml {

    /** Thrown for YAML that cannot be read, with the 1-based line of the fault within the text. */
    public static final class YamlException extends Exception {
        private final int line;
        private final int column;

        public YamlException(String message, int line) {
            this(message, line, 0);
        }

        public YamlException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        /** The 1-based column, or 0 when unknown. */
        public int column() {
            return column;
        }
    }

    private SafeYaml() {
    }

    /** Loads a YAML mapping; empty text gives an empty map. */
    public static Map<String, Object> loadMap(String text) throws YamlException {
        Object loaded = load(text);
        if (loaded == null) {
            return new LinkedHashMap<>();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new YamlException("expected a mapping of keys to values (key: value), found "
                    + (loaded instanceof List<?> ? "a list ('- item' lines)" : "a single value '" + loaded + "'"), 1);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    /** Loads any YAML document: a map, a list, a scalar, or null for empty text. */
    public static Object load(String text) throws YamlException {
        try {
            return newYaml().load(text);
        } catch (MarkedYAMLException e) {
            YamlErrors.Explained explained = YamlErrors.explain(e, text);
            throw new YamlException(explained.message(), explained.line(), explained.column());
        } catch (RuntimeException e) {
            throw new YamlException(e.getMessage(), 0);
        }
    }

    /**
     * The 1-based line of the first line that sets the key, at any indentation ({@code avatar:} in the
     * {@code author:} block too), or 0: for messages about a value, which the loaded map no longer places.
     */
    public static int lineOfKey(String text, String key) {
        Pattern setting = Pattern.compile("^\\s*(?:-\\s+)?(['\"]?)" + Pattern.quote(key) + "\\1\\s*:(\\s|$)");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (setting.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** SnakeYAML's Yaml is not thread-safe; a fresh one per load is cheap next to the parse itself. */
    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                new TimestampsAsStrings());
    }

    private static final class TimestampsAsStrings extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }
}

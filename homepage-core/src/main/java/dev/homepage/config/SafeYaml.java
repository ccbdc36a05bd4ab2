package dev.homepage.config;

import dev.homepage.SourceError;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads YAML the safe way: standard types only, duplicate keys refused or reported, bounded aliases.
 *
 * <p>Timestamps stay strings so that every date form real sites write (including
 * {@code 2024-03-05 12:00:00 -0400}, which YAML does not know) goes through {@link Dates} alone.
 */
public final class SafeYaml {

    /**
     * A key a mapping gives twice.
     *
     * @param line the 1-based line of the value that is kept, the last one
     */
    public record DuplicateKey(String key, int line) {
    }

    private SafeYaml() {
    }

    /** Loads a YAML mapping; empty text gives an empty map. A key given twice is an error. */
    public static Map<String, Object> loadMap(String text) throws SourceError {
        return loadMap(text, null);
    }

    /**
     * Loads a YAML mapping as Jekyll reads front matter and data files: a key given twice keeps its last value, as
     * Ruby's YAML does, and is reported.
     *
     * @param duplicates hears of each key given twice; null to refuse them
     */
    public static Map<String, Object> loadMap(String text, Consumer<DuplicateKey> duplicates) throws SourceError {
        return asMap(load(text, duplicates));
    }

    private static Map<String, Object> asMap(Object loaded) throws SourceError {
        if (loaded == null) {
            return new LinkedHashMap<>();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new SourceError("expected a mapping of keys to values (key: value), found "
                    + (loaded instanceof List<?> ? "a list ('- item' lines)" : "a single value '" + loaded + "'"), 1);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    /** Loads any YAML document: a map, a list, a scalar, or null for empty text. A key given twice is an error. */
    public static Object load(String text) throws SourceError {
        return load(text, null);
    }

    /**
     * Loads any YAML document: a map, a list, a scalar, or null for empty text.
     *
     * @param duplicates hears of each key a mapping gives twice, whose last value is kept; null to refuse them
     */
    public static Object load(String text, Consumer<DuplicateKey> duplicates) throws SourceError {
        return new Loader(duplicates != null).load(text, duplicates);
    }

    /**
     * Loads a YAML mapping as {@link #loadMap(String, Consumer)} does, with the loaders of the calling thread,
     * made once and used again for each text it loads: making a loader (its resolver's table of patterns, its
     * constructors' tables) took as long as loading a short front matter, and a large site has thousands. The
     * loaders are the same safe ones; only their making is saved.
     */
    public static final class Reused {
        private final ThreadLocal<Loader> refusing = ThreadLocal.withInitial(() -> new Loader(false));
        private final ThreadLocal<Loader> reporting = ThreadLocal.withInitial(() -> new Loader(true));

        /** @param duplicates hears of each key given twice, whose last value is kept; null to refuse them */
        public Map<String, Object> loadMap(String text, Consumer<DuplicateKey> duplicates) throws SourceError {
            ThreadLocal<Loader> loaders = duplicates == null ? refusing : reporting;
            Object loaded;
            try {
                loaded = loaders.get().load(text, duplicates);
            } catch (SourceError e) {
                // SnakeYAML may keep parts of a document it stopped loading; the next text gets a clean loader.
                loaders.remove();
                throw e;
            }
            return asMap(loaded);
        }
    }

    /** A SnakeYAML loader with homepage's safe settings; not thread-safe. */
    private static final class Loader {
        private final Yaml yaml;
        private final DuplicatesReported reported;

        /** @param reportDuplicates whether a key given twice keeps its last value and is reported, or refused */
        Loader(boolean reportDuplicates) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(reportDuplicates);
            options.setWarnOnDuplicateKeys(false);
            options.setMaxAliasesForCollections(50);
            options.setAllowRecursiveKeys(false);
            options.setNestingDepthLimit(50);
            DumperOptions dumperOptions = new DumperOptions();
            reported = reportDuplicates ? new DuplicatesReported(options) : null;
            SafeConstructor constructor = reportDuplicates ? reported : new SafeConstructor(options);
            yaml = new Yaml(constructor, new Representer(dumperOptions), dumperOptions, options,
                    new TimestampsAsStrings());
        }

        Object load(String text, Consumer<DuplicateKey> duplicates) throws SourceError {
            if (reported != null) {
                reported.duplicates = duplicates;
            }
            try {
                return yaml.load(text);
            } catch (MarkedYAMLException e) {
                YamlErrors.Explained explained = YamlErrors.explain(e, text);
                throw new SourceError(explained.message(), explained.line(), explained.column());
            } catch (RuntimeException e) {
                throw new SourceError(e.getMessage(), 0);
            } finally {
                if (reported != null) {
                    reported.duplicates = null;
                }
            }
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

    /** Tells of each key a mapping gives twice before SnakeYAML keeps the last of its values. */
    private static final class DuplicatesReported extends SafeConstructor {
        /** Who hears of the keys of the text being loaded. */
        private Consumer<DuplicateKey> duplicates;

        DuplicatesReported(LoaderOptions options) {
            super(options);
        }

        @Override
        protected void processDuplicateKeys(MappingNode node, boolean forceStringKeys) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())
                        && !key.getValue().equals("<<")) {
                    duplicates.accept(new DuplicateKey(key.getValue(), key.getStartMark().getLine() + 1));
                }
            }
            super.processDuplicateKeys(node, forceStringKeys);
        }
    }

    private static final class TimestampsAsStrings extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }
}

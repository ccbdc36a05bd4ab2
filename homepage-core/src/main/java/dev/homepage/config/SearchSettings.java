package dev.homepage.config;

import java.util.Map;

/**
 * Whether the site gets search, as the config's {@code search:} says: on unless it is {@code false} (or
 * {@code search: {enabled: false}}). A site without search has no search page, no index and no search box, and its
 * build does none of their work.
 *
 * @param enabled whether the site has search
 */
public record SearchSettings(boolean enabled) {

    private static final String KEY = "search";

    static SearchSettings read(ConfigValues config) {
        return new SearchSettings(config.get(KEY) instanceof Map<?, ?> block ? config.flag(block, "enabled", true)
                : config.flag(KEY, true));
    }
}

package dev.homepage.search;

import dev.homepage.config.SiteConfig;
import java.util.Map;

/**
 * Whether the site gets search, as the config's {@code search:} says: on unless it is {@code false} (or
 * {@code search: {enabled: false}}). A site without search has no search page, no index and no search box, and
 * its build does none of their work.
 */
public final class SearchSettings {

    /** The search page, which reads {@code ?q=} from its address. */
    public static final String PAGE_URL = "/search/";
    /** The index the search page loads: what every page, paper and item of the site says, in brief. */
    public static final String INDEX_URL = "/search/index.json";
    private static final String CONFIG_KEY = "search";

    private SearchSettings() {
    }

    public static boolean enabled(SiteConfig config) {
        Object setting = config.raw().get(CONFIG_KEY);
        if (setting instanceof Map<?, ?> block) {
            setting = block.get("enabled");
        }
        return setting == null || !"false".equalsIgnoreCase(String.valueOf(setting).strip());
    }
}

package dev.homepage.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How one collection ({@code _talks/}, {@code _publications/}...) is built.
 *
 * @param name the collection's name, the folder name without its leading underscore
 * @param output whether each item gets a page of its own (the listing page is written either way)
 * @param permalink the permalink pattern of its items, such as {@code /:collection/:path/}
 * @param title the title of its listing page: the config's {@code collections.<name>.title}, else the theme's
 * @param declared whether the config's {@code collections:} names it (posts always are), so that Liquid's
 *     {@code site.collections} lists it even without items
 * @param written its settings as the config writes them, for Liquid's {@code site.collections}; empty when it has
 *     none
 */
public record CollectionConfig(String name, boolean output, String permalink, String title, boolean declared,
        Map<String, Object> written) {

    private static final String COLLECTION_PERMALINK = "/:collection/:path/";
    private static final String POST_PERMALINK = "/:categories/:year/:month/:day/:title:output_ext";

    /**
     * The collections to load, by name, in name order: those academic homepages use ({@link
     * SourceNames#KNOWN_COLLECTIONS}) and those the config's {@code collections:} declares, as a list or with their
     * settings.
     */
    static Map<String, CollectionConfig> read(ConfigValues config) {
        Map<String, Object> declared = new LinkedHashMap<>();
        Object collections = config.get("collections");
        if (collections instanceof Map<?, ?> map) {
            map.forEach((name, settings) -> declared.put(String.valueOf(name), settings));
        } else {
            ConfigValues.strings(collections).forEach(name -> declared.put(name, null));
        }
        String postPermalink = config.get("permalink") == null ? "" : String.valueOf(config.get("permalink"));
        Set<String> names = new LinkedHashSet<>(SourceNames.KNOWN_COLLECTIONS);
        names.addAll(declared.keySet());
        Map<String, CollectionConfig> result = new TreeMap<>();
        for (String name : names) {
            Map<String, Object> settings = new LinkedHashMap<>();
            if (declared.get(name) instanceof Map<?, ?> map) {
                map.forEach((key, value) -> settings.put(String.valueOf(key), value));
            }
            boolean posts = name.equals(SourceNames.POSTS);
            String defaultPermalink = posts && !postPermalink.isEmpty() ? postPermalink
                    : posts ? POST_PERMALINK : COLLECTION_PERMALINK;
            Object permalink = settings.get("permalink");
            Object output = settings.get("output");
            Object title = settings.get("title");
            result.put(name, new CollectionConfig(name,
                    output == null || Boolean.TRUE.equals(output),
                    permalink == null ? defaultPermalink : String.valueOf(permalink),
                    title != null ? String.valueOf(title) : SourceNames.LISTING_TITLES.getOrDefault(name,
                            Character.toUpperCase(name.charAt(0)) + name.substring(1)),
                    posts || declared.containsKey(name), Collections.unmodifiableMap(settings)));
        }
        return result;
    }
}

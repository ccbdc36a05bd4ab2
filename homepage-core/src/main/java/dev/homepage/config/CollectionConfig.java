package dev.homepage.config;

import java.util.Map;

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
}

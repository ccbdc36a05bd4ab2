package dev.homepage.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the publications page groups the papers: {@code publications: {group_by: category}} in the config, and the
 * titles academicpages gives its categories in {@code publication_category:}.
 *
 * @param byCategory whether papers are grouped by category rather than by year
 * @param categoryTitles the titles the config gives categories, by category key
 */
public record PublicationSettings(boolean byCategory, Map<String, String> categoryTitles) {

    /** The categories academicpages names, and how the theme titles them unless the config says otherwise. */
    private static final Map<String, String> CATEGORY_TITLES = Map.of(
            "manuscripts", "Journal Articles",
            "conferences", "Conference Papers",
            "books", "Books and Chapters",
            "theses", "Theses",
            "other", "Other");

    static PublicationSettings read(ConfigValues config) {
        Object groupBy = config.block(SourceNames.PUBLICATIONS).get("group_by");
        boolean byCategory = groupBy != null && "category".equals(String.valueOf(groupBy).strip());
        Map<String, String> titles = new LinkedHashMap<>();
        config.block("publication_category").forEach((category, settings) -> {
            if (category instanceof String key && settings instanceof Map<?, ?> map && map.get("title") != null) {
                titles.put(key, String.valueOf(map.get("title")));
            }
        });
        return new PublicationSettings(byCategory, Collections.unmodifiableMap(titles));
    }

    /** The title of a category's group: the config's, else the theme's, else the key with a capital. */
    public String categoryTitle(String category) {
        String configured = categoryTitles.get(category);
        if (configured != null) {
            return configured;
        }
        return CATEGORY_TITLES.getOrDefault(category, category.isEmpty() ? "Other"
                : Character.toUpperCase(category.charAt(0)) + category.substring(1));
    }
}

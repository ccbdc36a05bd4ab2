package dev.homepage.config;

import java.util.Optional;

/**
 * What the theme's pages show as the config asks, read once.
 *
 * @param dateFormat how dates read on the pages, written for Ruby's strftime as Jekyll sites write it
 *     ({@code date_format: "%-d %B %Y"}); empty for the theme's "March 05, 2024"
 * @param favicon the site's icon as the config names it ({@code favicon:}), or empty
 * @param contactNote al-folio's {@code contact_note}, the line an about page with {@code social: true} ends with, as
 *     written (it may hold HTML), or empty
 * @param relatedPosts al-folio's {@code related_blog_posts:}, the titles of other posts under each post
 */
public record ThemeSettings(Optional<String> dateFormat, String favicon, String contactNote,
        RelatedPosts relatedPosts) {

    /**
     * al-folio's list of other posts under a post ({@code related_blog_posts: {enabled: true, max_related: 5}}).
     *
     * @param enabled whether posts show it, unless their front matter's {@code related_posts: false} says otherwise
     * @param max how many posts it lists at most: {@code max_related}, else 5
     */
    public record RelatedPosts(boolean enabled, int max) {
    }

    static ThemeSettings read(ConfigValues config) {
        java.util.Map<?, ?> related = config.block("related_blog_posts");
        return new ThemeSettings(config.text("date_format"),
                config.text("favicon").map(String::strip).orElse(""),
                config.text("contact_note").map(String::strip).orElse(""),
                new RelatedPosts(config.flag(related, "enabled", false), config.count(related, "max_related", 5)));
    }
}

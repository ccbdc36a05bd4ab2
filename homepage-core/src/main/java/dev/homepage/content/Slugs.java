package dev.homepage.content;

import java.util.Locale;

/** URL slugs as Jekyll makes them. */
public final class Slugs {

    private Slugs() {
    }

    /** Jekyll's default slugify: lower case, each run of characters other than letters and digits one hyphen. */
    public static String slugify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}

package dev.homepage.config;

/**
 * How the site shows its news ({@code news:} in the config).
 *
 * @param homeLimit how many of the newest news the home page shows ({@code home_limit}); 0 shows none
 */
public record NewsSettings(int homeLimit) {

    /** The config key of {@link #homeLimit}. */
    public static final String HOME_LIMIT = "home_limit";

    /** As many news as academic homepages show on their home page when the config does not say. */
    static final NewsSettings DEFAULT = new NewsSettings(5);
}

package dev.homepage.config;

import java.util.Map;
import java.util.OptionalInt;

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

    /** The config's {@code news:} settings; a limit that is no count was warned of and left out already. */
    static NewsSettings read(ConfigValues config) {
        OptionalInt limit = YamlValues.count(config.block(SourceNames.NEWS).get(HOME_LIMIT));
        return limit.isPresent() ? new NewsSettings(limit.getAsInt()) : DEFAULT;
    }

    /**
     * How many of the newest news a home page shows: as al-folio's {@code announcements:} in its front matter says,
     * when it has them (none unless {@code enabled}, then {@code limit} of them, or all when the limit is left
     * blank); otherwise {@link #homeLimit}.
     */
    public int homeLimit(Map<String, Object> homeFrontMatter) {
        if (!(homeFrontMatter.get("announcements") instanceof Map<?, ?> announcements)) {
            return homeLimit;
        }
        if (!Boolean.TRUE.equals(announcements.get("enabled"))) {
            return 0;
        }
        OptionalInt limit = YamlValues.count(announcements.get("limit"));
        return limit.isPresent() ? limit.getAsInt() : Integer.MAX_VALUE;
    }
}

package dev.homepage.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The site's author as the config's {@code author:} block describes them (academicpages, AcadHomepage), read once.
 * Texts are stripped, and empty when the block does not say.
 *
 * @param name the author's name
 * @param avatar the photo as written: a file name in {@code images/}, a path, or an address
 * @param bio a line about the author, which may hold HTML
 * @param pronouns the author's pronouns
 * @param location where the author lives or works
 * @param employer the author's institution
 * @param email the author's e-mail address
 * @param written the block as written, for the profile links (one key per service) and the spelling check of its
 *     keys; empty when the config has no author
 */
public record Author(String name, String avatar, String bio, String pronouns, String location, String employer,
        String email, Map<String, Object> written) {

    /** The author of a config without an {@code author:} block. */
    static final Author NONE = new Author("", "", "", "", "", "", "", Map.of());

    @SuppressWarnings("unchecked")
    static Author of(Object block) {
        if (!(block instanceof Map<?, ?> map)) {
            return NONE;
        }
        Map<String, Object> written = (Map<String, Object>) map;
        return new Author(text(written, "name"), text(written, "avatar"), text(written, "bio"),
                text(written, "pronouns"), text(written, "location"), text(written, "employer"),
                text(written, "email"), written);
    }

    /** Whether the config has an {@code author:} block, even an empty one: the theme then shows a profile. */
    public boolean exists() {
        return !written.isEmpty();
    }

    /** The names the author publishes under, to highlight in author lists: the name, then the {@code aliases}. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (written.get("name") != null) {
            names.add(String.valueOf(written.get("name")));
        }
        if (written.get("aliases") instanceof List<?> aliases) {
            aliases.forEach(alias -> names.add(String.valueOf(alias)));
        }
        return names;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }
}

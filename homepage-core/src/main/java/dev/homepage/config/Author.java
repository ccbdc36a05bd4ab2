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
 * @param firstName the author's first name as al-folio writes it, outside the block ({@code first_name:}), for
 *     the citation of a post; empty when not set
 * @param lastName the author's last name as al-folio writes it ({@code last_name:}); empty when not set
 */
public record Author(String name, String avatar, String bio, String pronouns, String location, String employer,
        String email, Map<String, Object> written, String firstName, String lastName) {

    @SuppressWarnings("unchecked")
    static Author read(ConfigValues config) {
        Map<String, Object> written = config.get("author") instanceof Map<?, ?> map ? (Map<String, Object>) map
                : Map.of();
        return new Author(text(written, "name"), text(written, "avatar"), text(written, "bio"),
                text(written, "pronouns"), text(written, "location"), text(written, "employer"),
                text(written, "email"), written, config.text("first_name").orElse(""),
                config.text("last_name").orElse(""));
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

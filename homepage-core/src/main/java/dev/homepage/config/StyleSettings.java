package dev.homepage.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The look a site sets in its config, laid over the theme's stylesheet: an accent colour (links, buttons, badges),
 * one for the dark scheme, and the fonts.
 *
 * <pre>
 * accent_color: "#8a1c4a"
 * accent_color_dark: "#f49ac1"    # the dark scheme's; the same as accent_color when left out
 * fonts:
 *   body: 'Georgia, "Times New Roman", serif'
 *   headings: '"Trebuchet MS", sans-serif'
 *   code: 'Menlo, monospace'
 * </pre>
 *
 * <p>The values go into a {@code <style>} element, where HTML escaping protects nothing: only text that is a colour
 * or a list of font names is taken; anything else is left out with a warning at its line.
 *
 * @param accent the accent colour, if the config sets one that is a colour
 * @param accentDark the dark scheme's accent colour, if the config sets one that is a colour
 * @param fonts the lists of font names the config sets, by kind of text ({@link #FONT_KINDS}), in name order
 */
public record StyleSettings(Optional<String> accent, Optional<String> accentDark, Map<String, String> fonts) {

    /** The kinds of text {@code fonts:} sets. */
    public static final List<String> FONT_KINDS = List.of("body", "headings", "code");

    private static final String ACCENT = "accent_color";
    private static final String ACCENT_DARK = "accent_color_dark";
    private static final String FONTS = "fonts";
    private static final Pattern COLOUR = Pattern.compile(
            "#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]{3,20}"
                    + "|(?:rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\\([0-9.,%\\s/a-z+-]{1,80}\\)");
    private static final Pattern FONT_LIST = Pattern.compile("[\\w\\s\"',.-]{1,200}");

    static StyleSettings read(ConfigValues config) {
        Map<String, String> fonts = new TreeMap<>();
        Object written = config.get(FONTS);
        if (written != null && !(written instanceof Map<?, ?>)) {
            config.warn(FONTS, FONTS + ": fonts: takes the keys body, headings and code, each a list of font names"
                    + " (body: 'Georgia, serif'); the theme's fonts are used meanwhile");
        } else if (written instanceof Map<?, ?> map) {
            map.forEach((kind, value) -> {
                String name = String.valueOf(kind);
                Optional<String> list = text(value);
                if (!FONT_KINDS.contains(name)) {
                    config.warn(name, name + ": fonts: has no '" + name + "': the kinds are body, headings and code");
                } else if (list.isPresent() && !FONT_LIST.matcher(list.get()).matches()) {
                    config.warn(name, name + ": the fonts '" + list.get() + "' are not a list of font names: write"
                            + " names separated by commas, quoting those with spaces; the theme's are used meanwhile");
                } else {
                    list.ifPresent(names -> fonts.put(name, names));
                }
            });
        }
        return new StyleSettings(colour(config, ACCENT), colour(config, ACCENT_DARK), Collections.unmodifiableMap(fonts));
    }

    private static Optional<String> colour(ConfigValues config, String key) {
        Optional<String> value = text(config.get(key));
        if (value.isPresent() && !COLOUR.matcher(value.get()).matches()) {
            config.warn(key, key + ": '" + value.get() + "' is not a colour: write it as #rrggbb (such as #8a1c4a),"
                    + " a CSS colour name or rgb(...); the theme's colour is used meanwhile");
            return Optional.empty();
        }
        return value;
    }

    private static Optional<String> text(Object value) {
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value).strip()).filter(s -> !s.isEmpty());
    }
}

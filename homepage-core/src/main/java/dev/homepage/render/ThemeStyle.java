package dev.homepage.render;

import dev.homepage.config.StyleSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The look a site sets in its config ({@link StyleSettings}) laid over the theme's stylesheet as CSS custom
 * properties, and the files of its own look: a stylesheet loaded after the theme's, and favicons.
 */
public final class ThemeStyle {

    /** The theme's custom property of each kind of text in {@code fonts:}. */
    private static final Map<String, String> FONT_PROPERTIES = Map.of("body", "--font-sans", "headings",
            "--font-headings", "code", "--font-mono");

    /** The site's own stylesheet, loaded after the theme's. */
    public static final Path CUSTOM_CSS = Path.of("assets", "css", "custom.css");

    /** The favicons a site may have at its root, which the theme links and does not replace. */
    static final List<Path> FAVICONS = List.of(Path.of("favicon.svg"), Path.of("favicon.png"), Path.of("favicon.ico"));

    /** The theme's own accent, in the light scheme, for a favicon made from the initials. */
    static final String THEME_ACCENT = "#0a58a8";

    private ThemeStyle() {
    }

    /**
     * The CSS custom properties the config sets, as the body of a {@code :root} rule; empty when it sets none
     * (or none that can be used).
     */
    static String customProperties(StyleSettings style) {
        Map<String, String> properties = new LinkedHashMap<>();
        Optional<String> accent = style.accent();
        Optional<String> dark = style.accentDark().or(() -> accent);
        if (accent.isPresent() || dark.isPresent()) {
            String light = accent.orElse(THEME_ACCENT);
            String colour = "light-dark(" + light + ", " + dark.orElse("#7ab8ff") + ")";
            properties.put("--color-accent", colour);
            properties.put("--color-link", colour);
            properties.put("--color-link-hover", colour);
            properties.put("--color-badge", colour);
        }
        style.fonts().forEach((kind, names) -> properties.put(FONT_PROPERTIES.get(kind), names));
        StringBuilder css = new StringBuilder();
        properties.forEach((name, value) -> css.append(name).append(": ").append(value).append("; "));
        return css.toString().strip();
    }

    /** The accent a favicon made from the initials is drawn in. */
    static String faviconColour(StyleSettings style) {
        return style.accent().orElse(THEME_ACCENT);
    }

    /** Up to two initials of a name, upper case: "Tessa M. Halvorsen" gives "TH". */
    static String initials(String name) {
        String[] words = name.strip().split("[\\s-]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        String first = words[0].substring(0, words[0].offsetByCodePoints(0, 1));
        String last = words.length > 1 ? words[words.length - 1].substring(0,
                words[words.length - 1].offsetByCodePoints(0, 1)) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }
}

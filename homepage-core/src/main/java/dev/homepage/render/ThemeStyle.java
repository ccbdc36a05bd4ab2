package dev.homepage.render;

import dev.homepage.config.SiteConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <p>Values go into a {@code <style>} element, where HTML escaping protects nothing: only text that is a colour or
 * a list of font names is taken; anything else is left out with a warning.
 */
public final class ThemeStyle {

    /** The config keys of the look, as a site writes them. */
    public static final String ACCENT = "accent_color";
    public static final String ACCENT_DARK = "accent_color_dark";
    public static final String FONTS = "fonts";

    /** The kinds of text in {@code fonts:}, and the theme's custom property of each. */
    private static final Map<String, String> FONT_PROPERTIES = Map.of("body", "--font-sans", "headings",
            "--font-headings", "code", "--font-mono");

    /** The site's own stylesheet, loaded after the theme's. */
    public static final Path CUSTOM_CSS = Path.of("assets", "css", "custom.css");

    /** The favicons a site may have at its root, which the theme links and does not replace. */
    static final List<Path> FAVICONS = List.of(Path.of("favicon.svg"), Path.of("favicon.png"), Path.of("favicon.ico"));

    /** The theme's own accent, in the light scheme, for a favicon made from the initials. */
    static final String THEME_ACCENT = "#0a58a8";

    private static final Pattern COLOUR = Pattern.compile(
            "#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]{3,20}"
                    + "|(?:rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\\([0-9.,%\\s/a-z+-]{1,80}\\)");
    private static final Pattern FONT_LIST = Pattern.compile("[\\w\\s\"',.-]{1,200}");

    private ThemeStyle() {
    }

    /** A problem with one of the look's settings. */
    public record Invalid(String key, String message) {
    }

    /** What in the config's look cannot be used, each with why. */
    public static List<Invalid> invalid(SiteConfig config) {
        List<Invalid> invalid = new ArrayList<>();
        for (String key : List.of(ACCENT, ACCENT_DARK)) {
            text(config.raw().get(key)).filter(value -> !COLOUR.matcher(value).matches()).ifPresent(value ->
                    invalid.add(new Invalid(key, "'" + value + "' is not a colour: write it as #rrggbb (such as"
                            + " #8a1c4a), a CSS colour name or rgb(...); the theme's colour is used meanwhile")));
        }
        Object fonts = config.raw().get(FONTS);
        if (fonts != null && !(fonts instanceof Map<?, ?>)) {
            invalid.add(new Invalid(FONTS, "fonts: takes the keys body, headings and code, each a list of font"
                    + " names (body: 'Georgia, serif'); the theme's fonts are used meanwhile"));
        } else if (fonts instanceof Map<?, ?> map) {
            map.forEach((kind, value) -> {
                String name = String.valueOf(kind);
                Optional<String> list = text(value);
                if (!FONT_PROPERTIES.containsKey(name)) {
                    invalid.add(new Invalid(name, "fonts: has no '" + name + "': the kinds are body, headings and"
                            + " code"));
                } else if (list.isPresent() && !FONT_LIST.matcher(list.get()).matches()) {
                    invalid.add(new Invalid(name, "the fonts '" + list.get() + "' are not a list of font names:"
                            + " write names separated by commas, quoting those with spaces; the theme's are used"
                            + " meanwhile"));
                }
            });
        }
        return invalid;
    }

    /**
     * The CSS custom properties the config sets, as the body of a {@code :root} rule; empty when it sets none
     * (or none that can be used).
     */
    static String customProperties(SiteConfig config) {
        Set<String> invalidKeys = new java.util.HashSet<>();
        invalid(config).forEach(problem -> invalidKeys.add(problem.key()));
        Map<String, String> properties = new LinkedHashMap<>();
        Optional<String> accent = text(config.raw().get(ACCENT)).filter(value -> !invalidKeys.contains(ACCENT));
        Optional<String> dark = text(config.raw().get(ACCENT_DARK)).filter(value -> !invalidKeys.contains(ACCENT_DARK))
                .or(() -> accent);
        if (accent.isPresent() || dark.isPresent()) {
            String light = accent.orElse("#0a58a8");
            String colour = "light-dark(" + light + ", " + dark.orElse("#7ab8ff") + ")";
            properties.put("--color-accent", colour);
            properties.put("--color-link", colour);
            properties.put("--color-link-hover", colour);
            properties.put("--color-badge", colour);
        }
        if (config.raw().get(FONTS) instanceof Map<?, ?> fonts) {
            FONT_PROPERTIES.keySet().stream().sorted().forEach(kind -> text(fonts.get(kind))
                    .filter(value -> !invalidKeys.contains(kind))
                    .ifPresent(value -> properties.put(FONT_PROPERTIES.get(kind), value)));
        }
        StringBuilder css = new StringBuilder();
        properties.forEach((name, value) -> css.append(name).append(": ").append(value).append("; "));
        return css.toString().strip();
    }

    /** The accent a favicon made from the initials is drawn in. */
    static String faviconColour(SiteConfig config) {
        return invalid(config).stream().anyMatch(problem -> problem.key().equals(ACCENT)) ? THEME_ACCENT
                : text(config.raw().get(ACCENT)).orElse(THEME_ACCENT);
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

    private static Optional<String> text(Object value) {
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value).strip()).filter(s -> !s.isEmpty());
    }
}

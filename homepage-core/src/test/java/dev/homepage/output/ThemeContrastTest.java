package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The theme's text colours on its backgrounds reach WCAG AA (4.5:1) in the light and the dark scheme. */
class ThemeContrastTest {

    private static final Pattern TOKEN = Pattern.compile("(--color-[a-z-]+):\\s*light-dark\\((#[0-9a-fA-F]{6}),\\s*(#[0-9a-fA-F]{6})\\)");

    private static Map<String, String[]> palette() throws Exception {
        String css;
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/dev/homepage/theme/assets/homepage.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String[]> colours = new HashMap<>();
        Matcher token = TOKEN.matcher(css.substring(0, css.indexOf("}")));
        while (token.find()) {
            colours.put(token.group(1), new String[] {token.group(2), token.group(3)});
        }
        return colours;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "--color-text, --color-bg", "--color-muted, --color-bg", "--color-link, --color-bg",
        "--color-text, --color-surface", "--color-muted, --color-surface", "--color-link, --color-surface",
        "--color-text, --color-code-bg", "--color-on-accent, --color-accent"})
    void textIsReadableInBothSchemes(String foreground, String background) throws Exception {
        Map<String, String[]> palette = palette();
        for (int scheme = 0; scheme < 2; scheme++) {
            assertThat(contrast(palette.get(foreground)[scheme], palette.get(background)[scheme]))
                    .as("%s on %s in the %s scheme", foreground, background, scheme == 0 ? "light" : "dark")
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void thePaletteIsRead() throws Exception {
        assertThat(palette()).containsKeys("--color-text", "--color-bg", "--color-link", "--color-muted");
    }

    /** The WCAG 2 contrast ratio of two sRGB colours. */
    private static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}

package dev.homepage.config;

/**
 * How the site's images are published ({@code images:} in the config).
 *
 * @param responsive whether the images pages show get smaller copies for narrow screens: unless
 *     {@code images: {responsive: false}} says otherwise
 */
public record ImageSettings(boolean responsive) {

    static ImageSettings read(ConfigValues config) {
        return new ImageSettings(config.flag(config.block("images"), "responsive", true));
    }
}

package dev.homepage;

import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SafeYaml;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.KeySpelling;
import dev.homepage.render.ConfigImage;
import dev.homepage.render.ProfileLinks;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The site's config file as written, for the warnings about its settings, each at the line that holds it. A site
 * without one has no such warnings.
 *
 * @param file the config file, relative to the source folder
 * @param text its text
 */
record ConfigText(Optional<Path> file, String text) {

    /** Hosts reserved for examples (RFC 2606) and that of the academicpages template, which forks keep. */
    private static final Set<String> PLACEHOLDER_HOSTS = Set.of("example.org", "example.com", "example.net",
            "localhost", "academicpages.github.io");

    static ConfigText of(Path sourceDirectory) throws IOException {
        Optional<Path> file = ConfigLoader.configFile(sourceDirectory);
        return new ConfigText(file, file.isEmpty() ? "" : Files.readString(sourceDirectory.resolve(file.get())));
    }

    /** A mistyped key of the config is a setting lost: each gets a warning with the key it likely meant. */
    void warnOfMisspeltKeys(SiteConfig config, Problems problems) {
        file.ifPresent(path -> KeySpelling.checkConfig(path, text, config, ProfileLinks.keys(), problems));
    }

    /**
     * The address the site is published at makes its canonical links, Open Graph tags, feed and sitemap: a
     * placeholder left there sends search engines and link previews to someone else's site.
     */
    void warnOfPlaceholderUrl(SiteConfig config, Problems problems) {
        if (file.isEmpty() || config.url().isEmpty()) {
            return;
        }
        String host = hostOf(config.url());
        boolean placeholder = PLACEHOLDER_HOSTS.contains(host) || host.endsWith(".example") || host.endsWith(".invalid")
                || host.endsWith(".test") || PLACEHOLDER_HOSTS.stream().anyMatch(name -> host.endsWith("." + name));
        if (placeholder) {
            problems.warn(file.get(), SafeYaml.lineOfKey(text, "url"), "the url '" + config.url() + "' is a"
                    + " placeholder, yet the canonical links, Open Graph tags, feed and sitemap are made from it: set"
                    + " url to the address the site is published at (or pass it with -Dhomepage.baseUrl=)");
        }
    }

    private static String hostOf(String url) {
        try {
            return Optional.ofNullable(new URI(url).getHost()).orElse("").toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** The author's photo is on every page: a missing one is a broken image everywhere. */
    void warnOfMissingImages(SiteConfig config, Set<Path> written, Problems problems) {
        if (file.isEmpty()) {
            return;
        }
        for (ConfigImage image : ConfigImage.of(config)) {
            image.fileInSite(config.baseurl()).filter(path -> !written.contains(Path.of(path))).ifPresent(path ->
                    problems.warn(file.get(), SafeYaml.lineOfKey(text, image.key()), image.what() + " '"
                            + image.written() + "' is not in the site (no " + path + "): add the file, or fix the"
                            + " name; every page shows a broken image meanwhile"));
        }
    }
}

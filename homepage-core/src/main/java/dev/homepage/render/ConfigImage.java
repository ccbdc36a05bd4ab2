package dev.homepage.render;

import dev.homepage.config.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An image the config names, which the theme shows on every page.
 *
 * @param key the config key that names it, such as {@code avatar}
 * @param what what the image is, for messages: "the author's photo"
 * @param written the value as written in the config
 * @param path where the theme takes it from: a path in the site (without a leading "/"), or an address elsewhere
 */
public record ConfigImage(String key, String what, String written, String path) {

    /** The config's images, those it names. */
    public static List<ConfigImage> of(SiteConfig config) {
        List<ConfigImage> images = new ArrayList<>();
        String avatar = config.author().avatar();
        if (!avatar.isEmpty()) {
            images.add(new ConfigImage("avatar", "the author's photo", avatar, avatarPath(avatar)));
        }
        return images;
    }

    /** The file of the site the image is, relative to the output folder; empty for an address elsewhere. */
    public Optional<String> fileInSite(String baseurl) {
        if (path.contains("://") || path.startsWith("//") || path.startsWith("data:")) {
            return Optional.empty();
        }
        String file = path.replaceFirst("[?#].*", "");
        if (!baseurl.isEmpty() && file.startsWith(baseurl + "/")) {
            file = file.substring(baseurl.length());
        }
        return Optional.of(file.replaceFirst("^/+", ""));
    }

    /** academicpages writes a bare file name for an image in images/; AcadHomepage writes the path. */
    static String avatarPath(String avatar) {
        return avatar.isEmpty() || avatar.contains("/") || avatar.contains(":") ? avatar : "images/" + avatar;
    }
}

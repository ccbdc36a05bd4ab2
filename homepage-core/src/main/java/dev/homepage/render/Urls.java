package dev.homepage.render;

import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the URLs sites write (absolute, site-relative, relative, in-page anchors) into hrefs. */
final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final String baseurl;

    Urls(String baseurl) {
        this.baseurl = baseurl;
    }

    /**
     * The href of a URL as written in the config or front matter: absolute URLs stay as they are; site paths
     * ({@code /talks/}, {@code images/me.png}) get the base URL; anchors ({@code #-news}) point into the home page.
     */
    String href(String url) {
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        if (SCHEME.matcher(trimmed).find()) {
            return isScript(trimmed) ? "" : trimmed;
        }
        if (trimmed.startsWith("//")) {
            return trimmed;
        }
        if (trimmed.startsWith("#")) {
            return baseurl + "/" + trimmed;
        }
        return trimmed.startsWith("/") ? baseurl + trimmed : baseurl + "/" + trimmed;
    }

    /** Script URLs run code when clicked; they are never emitted as links. */
    private static boolean isScript(String url) {
        String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
        return scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("data");
    }
}

package dev.homepage.render;

import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the URLs sites write (absolute, site-relative, relative, in-page anchors) into hrefs. */
final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final String siteUrl;
    private final String baseurl;

    Urls(String baseurl) {
        this("", baseurl);
    }

    /**
     * @param siteUrl the config's {@code url}: the address of the site's host, without trailing slash, or ""
     * @param baseurl the sub-path the site is served under
     */
    Urls(String siteUrl, String baseurl) {
        this.siteUrl = siteUrl;
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

    /**
     * An absolute URL for readers outside the site (Google Scholar, link previews), when the config says where
     * the site is; otherwise empty.
     */
    String absolute(String url) {
        String href = href(url);
        if (href.isEmpty() || href.contains("://")) {
            return href;
        }
        return siteUrl.isEmpty() || !href.startsWith("/") ? "" : siteUrl + href;
    }

    /** Script URLs run code when clicked; they are never emitted as links. */
    private static boolean isScript(String url) {
        String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
        return scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("data");
    }
}

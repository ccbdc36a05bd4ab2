package dev.homepage.output;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Works out where a link of a page leads once the site is published, as a browser would: relative to the page,
 * under the site's {@code baseurl}, and into the site when an absolute URL names the site's own {@code url}.
 */
public final class SiteAddresses {

    /** Where a link leads. */
    public sealed interface Target permits Elsewhere, InSite, Broken {
    }

    /** Out of the site (another host, another site on this host, mailto:, tel:, data:...): not checked. */
    public record Elsewhere() implements Target {
    }

    /**
     * Into the site.
     *
     * @param path the path below the site's root, decoded and without leading slash: "" for the home page,
     *     "talks/" or "cv.pdf"
     * @param fragment the decoded fragment, or "" when there is none
     */
    public record InSite(String path, String fragment) implements Target {
    }

    /** A link that cannot work wherever the site is published. */
    public record Broken(String reason) implements Target {
    }

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    private static final Set<Integer> DEFAULT_PORTS = Set.of(80, 443);
    /** The ASCII characters a URI may not hold as they are. */
    private static final String NOT_IN_URIS = " \"<>\\^`{|}";
    /** Stands in for the host of a site whose config has no {@code url}: relative links resolve all the same. */
    private static final String UNKNOWN_HOST = "site.invalid";

    private final Optional<URI> siteUrl;
    private final String baseurl;

    /**
     * @param url the site's {@code url} ("https://ada.example.org"), or "" when unknown
     * @param baseurl the site's {@code baseurl}: "" or "/path"
     */
    public SiteAddresses(String url, String baseurl) {
        this.siteUrl = parseSiteUrl(url);
        this.baseurl = baseurl;
    }

    public String baseurl() {
        return baseurl;
    }

    /** The site's url and baseurl, as absolute links into the site start ("https://ada.example.org/lab"). */
    public Optional<String> absolutePrefix() {
        return siteUrl.map(url -> url.getScheme() + "://" + url.getRawAuthority() + baseurl);
    }

    /**
     * @param page the page holding the link, relative to the output folder ("talks/index.html")
     * @param link the href or src as written in the page
     */
    public Target resolve(String page, String link) {
        URI uri;
        try {
            uri = parse(link.strip());
        } catch (URISyntaxException e) {
            return new Broken("it is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String fragment = uri.getFragment() == null ? "" : uri.getFragment();
        if (uri.getScheme() != null && !WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            return new Elsewhere();
        }
        if (uri.getRawAuthority() != null) {
            // An absolute link into the site's own host but outside its baseurl is another site on that host.
            return isSiteHost(uri) ? below(uri.normalize().getPath()).<Target>map(path -> new InSite(path, fragment))
                    .orElse(new Elsewhere()) : new Elsewhere();
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            return new InSite(page, fragment);
        }
        String path = pageUri(page).resolve(uri).getPath();
        Optional<String> inSite = below(path);
        if (inSite.isPresent()) {
            return new InSite(inSite.get(), fragment);
        }
        return baseurl.isEmpty() || path.startsWith("/..")
                ? new Broken("it leads above the site's root folder")
                : new Broken("it leaves the site's baseurl " + baseurl + ": links within the site start with "
                        + baseurl + "/ (in Liquid, {{ \"" + path + "\" | relative_url }})");
    }

    /** The path below the site's root of a path on its host, if it is inside the baseurl. */
    private Optional<String> below(String path) {
        if (path.startsWith("/..")) {
            return Optional.empty();
        }
        if (path.equals(baseurl)) {
            return Optional.of("");
        }
        return path.startsWith(baseurl + "/") ? Optional.of(path.substring(baseurl.length() + 1)) : Optional.empty();
    }

    /**
     * Whether an absolute link names the site's host and port. A site is commonly served over both http and https,
     * so their default ports count as one.
     */
    private boolean isSiteHost(URI uri) {
        if (siteUrl.isEmpty() || uri.getHost() == null) {
            return false;
        }
        URI site = siteUrl.get();
        int sitePort = port(site);
        int linkPort = port(uri);
        return site.getHost().equalsIgnoreCase(uri.getHost())
                && (sitePort == linkPort || DEFAULT_PORTS.contains(sitePort) && DEFAULT_PORTS.contains(linkPort));
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private URI pageUri(String page) {
        URI site = siteUrl.orElse(URI.create("http://" + UNKNOWN_HOST));
        try {
            return new URI(site.getScheme(), null, site.getHost(), site.getPort(), baseurl + "/" + page, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URL of the page " + page, e);
        }
    }

    private static Optional<URI> parseSiteUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Browsers follow links that Java's URI rejects (spaces, non-ASCII characters, "|", a stray "%", a second
     * "#"), and sites write them: they are percent-encoded first, as browsers do.
     */
    private static URI parse(String link) throws URISyntaxException {
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            String encoded = encodeAsBrowsers(link);
            if (encoded.equals(link)) {
                throw e;
            }
            return new URI(encoded);
        }
    }

    private static String encodeAsBrowsers(String link) {
        StringBuilder encoded = new StringBuilder();
        int fragment = link.indexOf('#');
        for (int i = 0; i < link.length(); i = link.offsetByCodePoints(i, 1)) {
            int codePoint = link.codePointAt(i);
            boolean strayPercent = codePoint == '%' && !link.substring(i).matches("(?s)%[0-9A-Fa-f]{2}.*");
            boolean laterHash = codePoint == '#' && i > fragment;
            if (codePoint > 0x7F || NOT_IN_URIS.indexOf(codePoint) >= 0 || strayPercent || laterHash) {
                for (byte b : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append(String.format(Locale.ROOT, "%%%02X", b & 0xFF));
                }
            } else {
                encoded.appendCodePoint(codePoint);
            }
        }
        return encoded.toString();
    }
}

package dev.homepage.config;

import dev.homepage.cache.Fingerprint;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The site's configuration, read from {@code _config.yml} or {@code homepage.yml}.
 *
 * @param raw everything the file holds (with the base URL override applied), exposed to Liquid as {@code site}
 *     and to templates as {@code site.config}
 * @param title the site title
 * @param description the site description
 * @param url the absolute URL of the site's host, without trailing slash, or ""
 * @param baseurl the sub-path the site is served under: "" or "/path", without trailing slash
 * @param lang the language of the pages
 * @param timeZone the zone of dates written without an offset
 * @param collections the collections to load, by name, in name order
 * @param exclude paths (relative to the source folder) that are neither rendered nor copied
 * @param include paths starting with "_" or "." that are copied all the same
 * @param defaults the front matter defaults
 */
public record SiteConfig(
        Map<String, Object> raw,
        String title,
        String description,
        String url,
        String baseurl,
        String lang,
        ZoneId timeZone,
        Map<String, CollectionConfig> collections,
        List<String> exclude,
        List<String> include,
        List<FrontMatterDefault> defaults) {

    /** What the config is, as a fingerprint: a change to any setting changes it, and with it every page's. */
    public String fingerprint() {
        return Fingerprint.of(toString());
    }

    /** The author profile block ({@code author:}), or an empty map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> author() {
        return raw.get("author") instanceof Map<?, ?> author ? (Map<String, Object>) author : Map.of();
    }
}

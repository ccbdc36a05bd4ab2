package dev.homepage.config;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * @param time the site's time, {@code site.time} in Liquid: the config's {@code time:}, else the build's (Maven's
 *     {@code project.build.outputTimestamp}), else the moment of the build; documents dated after it are not
 *     published unless {@code future} is on
 * @param future whether documents dated after {@link #time} are published ({@code future: true})
 * @param author the {@code author:} block
 * @param publications how the publications page groups the papers
 * @param news how the home page shows the news
 * @param twitter the site's X (Twitter) handle for link previews, as written: the config's
 *     {@code twitter.username} (academicpages), else {@code author.twitter}; empty when neither is set
 * @param wordsPerMinute how fast the site says its readers read, for the reading time of items that show one: the
 *     config's {@code words_per_minute} (academicpages sets 160), else 200
 * @param images how the site's images are published
 * @param pagination how lists are paginated, as Jekyll's pagination plugins read the config
 * @param search whether the site has search
 * @param style the accent colours and fonts the site sets
 * @param theme what the theme's pages show as the config asks (dates, icon, related posts...)
 * @param sassFolder the folder Sass files import from, relative to the source folder: the config's
 *     {@code sass.sass_dir}, else {@code _sass}
 * @param cv the PDF of the CV pages and its fonts
 * @param permalink the config's {@code permalink:}, Jekyll's style of URLs for posts and pages: a style's name
 *     ({@code date}, {@code pretty}, {@code ordinal}, {@code none}, {@code weekdate}) or a pattern; {@code date}
 *     when unset
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
        List<FrontMatterDefault> defaults,
        ZonedDateTime time,
        boolean future,
        Author author,
        PublicationSettings publications,
        NewsSettings news,
        String twitter,
        int wordsPerMinute,
        ImageSettings images,
        PaginationSettings pagination,
        SearchSettings search,
        StyleSettings style,
        ThemeSettings theme,
        String sassFolder,
        CvSettings cv,
        String permalink) {

    /** The config at the build's time, unless it sets its own {@code time:}. */
    public SiteConfig at(Optional<Instant> buildTime) {
        if (raw.get("time") != null || buildTime.isEmpty()) {
            return this;
        }
        return new SiteConfig(raw, title, description, url, baseurl, lang, timeZone, collections, exclude, include,
                defaults, buildTime.get().atZone(timeZone), future, author, publications, news, twitter, wordsPerMinute,
                images, pagination, search, style, theme, sassFolder, cv,
                permalink);
    }
}

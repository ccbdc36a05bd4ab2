package dev.homepage.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands Jekyll permalink patterns such as {@code /:collection/:path/}. */
public final class Permalinks {

    private static final Pattern PLACEHOLDER = Pattern.compile(":(collection|path|name|title|slug|categories"
            + "|year|month|day|i_month|i_day|short_year|hour|minute|second|output_ext)");

    private Permalinks() {
    }

    /**
     * @param pattern the permalink pattern
     * @param collection the collection name
     * @param path the file's path inside its collection folder, without extension
     * @param slug the file name without date prefix and extension
     * @param date the document's date, or null
     * @param categories the document's categories
     */
    static String expand(String pattern, String collection, String path, String slug, ZonedDateTime date,
            List<String> categories) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("collection", collection);
        values.put("path", path);
        values.put("name", path.substring(path.lastIndexOf('/') + 1));
        values.put("title", slug);
        values.put("slug", slug);
        values.put("categories", String.join("/", categories.stream().map(Slugs::slugify).toList()));
        values.put("output_ext", ".html");
        if (date != null) {
            values.put("year", String.format(Locale.ROOT, "%04d", date.getYear()));
            values.put("month", String.format(Locale.ROOT, "%02d", date.getMonthValue()));
            values.put("day", String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
            values.put("i_month", String.valueOf(date.getMonthValue()));
            values.put("i_day", String.valueOf(date.getDayOfMonth()));
            values.put("short_year", String.format(Locale.ROOT, "%02d", date.getYear() % 100));
            values.put("hour", String.format(Locale.ROOT, "%02d", date.getHour()));
            values.put("minute", String.format(Locale.ROOT, "%02d", date.getMinute()));
            values.put("second", String.format(Locale.ROOT, "%02d", date.getSecond()));
        }
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(url, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(url);
        return normalize(url.toString());
    }

    /**
     * The file a site-relative URL is written to, relative to the output folder: {@code /x/} and {@code /x} to
     * {@code x/index.html}, so that extensionless links work on every static host; a name with an extension as it
     * is.
     */
    public static String fileOf(String url) {
        String path = url.replaceFirst("^/+", "");
        if (!path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            path = (path.isEmpty() || path.endsWith("/") ? path : path + "/") + "index.html";
        }
        return path;
    }

    /** A site-relative URL with one leading slash and no doubled slashes. */
    public static String normalize(String url) {
        return ("/" + url.strip()).replaceAll("/{2,}", "/");
    }
}

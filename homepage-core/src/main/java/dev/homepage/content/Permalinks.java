package dev.homepage.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands Jekyll permalink patterns such as {@code /:collection/:path/}, and says which URLs cannot name a file of
 * the output folder.
 */
public final class Permalinks {

    /** The most bytes a file or folder name may have on the common file systems (ext4, APFS, NTFS). */
    private static final int MAX_NAME_BYTES = 255;

    private static final Pattern PLACEHOLDER = Pattern.compile(":(collection|path|name|title|slug|categories"
            + "|year|month|day|i_month|i_day|short_year|hour|minute|second|output_ext)");

    private static final Pattern DOUBLED_SLASHES = Pattern.compile("/{2,}");

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
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(url, Matcher.quoteReplacement(
                    valueOf(matcher.group(1), collection, path, slug, date, categories)));
        }
        matcher.appendTail(url);
        return normalize(url.toString());
    }

    /** What a placeholder stands for; only the placeholders a pattern has are worked out, once per document. */
    private static String valueOf(String placeholder, String collection, String path, String slug,
            ZonedDateTime date, List<String> categories) {
        return switch (placeholder) {
            case "collection" -> collection;
            case "path" -> path;
            case "name" -> path.substring(path.lastIndexOf('/') + 1);
            case "title", "slug" -> slug;
            case "categories" -> String.join("/", categories.stream().map(Slugs::slugify).toList());
            case "output_ext" -> ".html";
            default -> date == null ? "" : dateValueOf(placeholder, date);
        };
    }

    private static String dateValueOf(String placeholder, ZonedDateTime date) {
        return switch (placeholder) {
            case "year" -> zeroPadded(date.getYear(), 4);
            case "month" -> zeroPadded(date.getMonthValue(), 2);
            case "day" -> zeroPadded(date.getDayOfMonth(), 2);
            case "i_month" -> String.valueOf(date.getMonthValue());
            case "i_day" -> String.valueOf(date.getDayOfMonth());
            case "short_year" -> zeroPadded(date.getYear() % 100, 2);
            case "hour" -> zeroPadded(date.getHour(), 2);
            case "minute" -> zeroPadded(date.getMinute(), 2);
            case "second" -> zeroPadded(date.getSecond(), 2);
            default -> "";
        };
    }

    /** What {@code %0Nd} formats, without a format parsed for each number of each of a large site's documents. */
    private static String zeroPadded(int value, int width) {
        if (value < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /**
     * The file a site-relative URL is written to, relative to the output folder: {@code /x/} and {@code /x} to
     * {@code x/index.html}, so that extensionless links work on every static host; a name with an extension as it
     * is.
     */
    public static String fileOf(String url) {
        int start = 0;
        while (start < url.length() && url.charAt(start) == '/') {
            start++;
        }
        // Not a regular expression: every build asks this of each of a large site's documents.
        String path = url.substring(start);
        if (!path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            path = (path.isEmpty() || path.endsWith("/") ? path : path + "/") + "index.html";
        }
        return path;
    }

    /** A site-relative URL with one leading slash and no doubled slashes. */
    public static String normalize(String url) {
        String slashed = "/" + url.strip();
        return slashed.contains("//") ? DOUBLED_SLASHES.matcher(slashed).replaceAll("/") : slashed;
    }

    /**
     * Why a site-relative URL cannot be written as a file of the output folder on every system the site may be
     * built on: a control character (such as NUL, from {@code %00}), a backslash (a folder separator on Windows),
     * a name longer than a file system takes, or {@code ..} climbing out of the folder. Empty when it can be.
     */
    public static Optional<String> unwritable(String url) {
        String path = decode(url);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of(String.format(Locale.ROOT, "holds the control character U+%04X, which no file"
                        + " name may hold: remove it", (int) c));
            }
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("holds a backslash, which Windows reads as a folder separator: use / between folders");
        }
        int depth = 0;
        for (String name : path.split("/")) {
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return Optional.of("has a part of " + name.getBytes(StandardCharsets.UTF_8).length + " bytes, more"
                        + " than the " + MAX_NAME_BYTES + " a file name may have: shorten it");
            }
            depth += name.equals("..") ? -1 : name.isEmpty() || name.equals(".") ? 0 : 1;
            if (depth < 0) {
                return Optional.of("points outside the output folder: use a path such as /talks/my-talk/");
            }
        }
        return Optional.empty();
    }

    /** The URL as a message may quote it: its control characters as {@code %XX} escapes. */
    public static String printable(String url) {
        StringBuilder shown = new StringBuilder(url.length());
        url.chars().forEach(c -> shown.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "%%%02X", c)
                : String.valueOf((char) c)));
        return shown.toString();
    }

    /**
     * The path a URL names: its {@code %XX} escapes decoded as UTF-8, and anything else (a "+", a "%" that starts
     * no escape, as in {@code /100%/}) kept as written, as Jekyll writes it.
     */
    public static String decode(String url) {
        if (url.indexOf('%') < 0) {
            return url;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(url.length());
        int i = 0;
        while (i < url.length()) {
            int c = url.codePointAt(i);
            int high = i + 2 < url.length() && c == '%' ? Character.digit(url.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(url.charAt(i + 2), 16);
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

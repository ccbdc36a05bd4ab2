package dev.homepage.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A page or a collection item, as read from its file.
 *
 * @param source the file, relative to the source folder
 * @param collection the collection it belongs to, or "" for a page
 * @param frontMatter the front matter, with the config's defaults applied
 * @param body the text after the front matter, before Liquid and Markdown
 * @param bodyLine the 1-based line where the body starts in the file
 * @param date the item's date, from the front matter or the file name; null when it has none
 * @param slug the file name without date prefix and extension
 * @param url the permalink: site-relative, starting with "/"
 * @param markdown whether the body is Markdown (otherwise HTML)
 * @param output whether the document gets a page of its own
 */
public record Document(
        Path source,
        String collection,
        Map<String, Object> frontMatter,
        String body,
        int bodyLine,
        ZonedDateTime date,
        String slug,
        String url,
        boolean markdown,
        boolean output) {

    /** The title from the front matter; collection items without one are titled after their file name. */
    public String title() {
        Object title = frontMatter.get("title");
        if (title != null) {
            return String.valueOf(title);
        }
        return collection.isEmpty() ? "" : titleize(slug);
    }

    /** The same document at another URL, as a paginated page's later pages are. */
    public Document at(String otherUrl) {
        return new Document(source, collection, frontMatter, body, bodyLine, date, slug, otherUrl, markdown, output);
    }

    /** The same document, kept in its collection and loops but given no page of its own. */
    Document withoutOutput() {
        return new Document(source, collection, frontMatter, body, bodyLine, date, slug, url, markdown, false);
    }

    public boolean isPage() {
        return collection.isEmpty();
    }

    /** A front matter value as text, or "" when absent. */
    public String text(String key) {
        Object value = frontMatter.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    /**
     * The old addresses of {@code redirect_from} (jekyll-redirect-from's key), one or a list, each site-relative
     * with a leading "/".
     */
    public List<String> redirectsFrom() {
        Object from = frontMatter.get("redirect_from");
        if (from == null) {
            // Most documents have none, and every build asks each of them.
            return List.of();
        }
        List<?> listed = from instanceof List<?> list ? list : List.of(from);
        return listed.stream().map(url -> String.valueOf(url).strip()).filter(url -> !url.isEmpty())
                .map(url -> url.startsWith("/") ? url : "/" + url).toList();
    }

    private static String titleize(String slug) {
        StringBuilder title = new StringBuilder();
        for (String word : slug.split("[-_\\s]+")) {
            if (!word.isEmpty()) {
                title.append(title.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return title.toString();
    }
}

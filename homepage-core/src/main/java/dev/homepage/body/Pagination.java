package dev.homepage.body;

import dev.homepage.config.PaginationSettings;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.Document;
import dev.homepage.content.Permalinks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of a paginated page, as jekyll-paginate-v2 makes them from a page's {@code pagination:} front matter
 * (with the config's {@code pagination:} as defaults), and as jekyll-paginate makes them for an {@code index.html}
 * from the config's {@code paginate:} and {@code paginate_path:}: the first page at the page's own URL, the others at
 * the permalink made of their number, each with the {@code paginator} Liquid sees.
 */
final class Pagination {

    /**
     * One page of the list.
     *
     * @param number its number, from 1
     * @param url its site-relative URL
     * @param paginator the Liquid {@code paginator} variable on it
     */
    record Page(int number, String url, Map<String, Object> paginator) {
    }

    private static final String V2 = "pagination";

    private Pagination() {
    }

    /**
     * The pages of the document, or an empty list when it is not paginated.
     *
     * @param site the Liquid {@code site} variable, whose collections the pages list
     */
    static List<Page> of(Document document, SiteConfig config, Map<String, Object> site) {
        if (!document.isPage()) {
            return List.of();
        }
        Map<String, Object> settings = v2Settings(document, config.pagination());
        if (settings != null) {
            List<Map<?, ?>> items = items(site, settings);
            String permalink = text(settings.get("permalink"), "/page/:num/");
            return pages(document.url(), items, number(settings.get("per_page"), 10),
                    number -> folderOf(document.url()) + permalink.replace(":num", String.valueOf(number))
                            .replaceFirst("^/", ""),
                    trail(settings));
        }
        PaginationSettings configured = config.pagination();
        if (isV1Index(document, configured)) {
            String path = configured.path();
            return pages(document.url(), items(site, Map.of("collection", SourceNames.POSTS, "sort_reverse", true)),
                    configured.perPage(),
                    number -> Permalinks.normalize(path.replace(":num", String.valueOf(number)) + "/")
                            .replaceAll("/{2,}", "/"),
                    null);
        }
        return List.of();
    }

    /** Whether the document is paginated, its pages made from the site's posts (or items) whatever its body holds. */
    static boolean paginates(Document document, PaginationSettings configured) {
        return document.isPage() && (v2Settings(document, configured) != null || isV1Index(document, configured));
    }

    /** The page's settings over the config's, as jekyll-paginate-v2 merges them; null when it is not paginated. */
    private static Map<String, Object> v2Settings(Document document, PaginationSettings configured) {
        if (!(document.frontMatter().get(V2) instanceof Map<?, ?> own) || !isTrue(own.get("enabled"))
                || configured.v2Defaults().isEmpty()) {
            return null;
        }
        Map<String, Object> settings = new LinkedHashMap<>(configured.v2Defaults().get());
        own.forEach((key, value) -> settings.put(String.valueOf(key), value));
        return settings;
    }

    /** jekyll-paginate paginates the posts on the site's index.html (or the one paginate_path's folder names). */
    private static boolean isV1Index(Document document, PaginationSettings configured) {
        if (!configured.paginatesPosts() || !document.source().getFileName().toString().equals("index.html")) {
            return false;
        }
        String path = configured.path();
        String folder = path.substring(0, path.lastIndexOf('/', path.indexOf(":num")) + 1);
        return folderOf(document.url()).equals(Permalinks.normalize(folder));
    }

    /** The collection's items (or several, comma-separated, or "all"), filtered and in the order the settings ask. */
    private static List<Map<?, ?>> items(Map<String, Object> site, Map<String, Object> settings) {
        String collections = text(settings.get("collection"), SourceNames.POSTS);
        List<Map<?, ?>> items = new ArrayList<>();
        for (Map.Entry<String, Object> entry : site.entrySet()) {
            boolean wanted = collections.equals("all") ? isCollection(entry.getValue())
                    : List.of(collections.split("\\s*,\\s*")).contains(entry.getKey());
            if (wanted && entry.getValue() instanceof Collection<?> list) {
                list.stream().filter(item -> item instanceof Map<?, ?>).forEach(item -> items.add((Map<?, ?>) item));
            }
        }
        String category = text(settings.get("category"), "");
        String tag = text(settings.get("tag"), "");
        List<Map<?, ?>> kept = items.stream()
                .filter(item -> category.isEmpty() || listed(item.get("categories"), category))
                .filter(item -> tag.isEmpty() || listed(item.get("tags"), tag))
                .filter(item -> !Boolean.FALSE.equals(item.get("pagination_visible"))
                        && !Boolean.TRUE.equals(item.get("hidden")))
                .toList();
        String field = text(settings.get("sort_field"), "date");
        List<Map<?, ?>> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing(item -> String.valueOf(item.get(field) == null ? "" : sortable(item.get(field)))));
        if (isTrue(settings.get("sort_reverse"))) {
            java.util.Collections.reverse(sorted);
        }
        int offset = number(settings.get("offset"), 0);
        int limit = number(settings.get("limit"), 0);
        List<Map<?, ?>> window = sorted.subList(Math.min(offset, sorted.size()), sorted.size());
        return limit > 0 && limit < window.size() ? window.subList(0, limit) : window;
    }

    private static boolean isCollection(Object value) {
        return value instanceof Collection<?> list && !list.isEmpty() && list.stream()
                .allMatch(item -> item instanceof Map<?, ?> map && map.containsKey("collection"));
    }

    private static boolean listed(Object values, String wanted) {
        if (values instanceof Collection<?> list) {
            return list.stream().anyMatch(value -> String.valueOf(value).equalsIgnoreCase(wanted));
        }
        return values != null && List.of(String.valueOf(values).split("\\s+")).contains(wanted);
    }

    /** A date sorts by its instant, written so that text order is time order; anything else as text. */
    private static String sortable(Object value) {
        return value instanceof java.time.ZonedDateTime date ? date.toInstant().toString() : String.valueOf(value);
    }

    /** How many page links the trail shows before and after the current page; null for no trail. */
    private static int[] trail(Map<String, Object> settings) {
        if (settings.get("trail") instanceof Map<?, ?> trail) {
            return new int[] {number(trail.get("before"), 0), number(trail.get("after"), 0)};
        }
        return null;
    }

    private interface UrlOfPage {
        String of(int number);
    }

    private static List<Page> pages(String firstUrl, List<Map<?, ?>> items, int perPage, UrlOfPage later,
            int[] trail) {
        int size = Math.max(1, perPage);
        int total = Math.max(1, (items.size() + size - 1) / size);
        List<String> urls = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            urls.add(number == 1 ? firstUrl : later.of(number));
        }
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            Map<String, Object> paginator = new LinkedHashMap<>();
            paginator.put("page", number);
            paginator.put("per_page", size);
            paginator.put("posts", List.copyOf(items.subList((number - 1) * size, Math.min(items.size(), number * size))));
            paginator.put("total_posts", items.size());
            paginator.put("total_pages", total);
            paginator.put("previous_page", number > 1 ? number - 1 : null);
            paginator.put("previous_page_path", number > 1 ? urls.get(number - 2) : null);
            paginator.put("next_page", number < total ? number + 1 : null);
            paginator.put("next_page_path", number < total ? urls.get(number) : null);
            paginator.put("first_page", 1);
            paginator.put("first_page_path", urls.get(0));
            paginator.put("last_page", total);
            paginator.put("last_page_path", urls.get(total - 1));
            if (trail != null) {
                List<Map<String, Object>> links = new ArrayList<>();
                for (int other = Math.max(1, number - trail[0]); other <= Math.min(total, number + trail[1]); other++) {
                    links.add(Map.of("num", other, "path", urls.get(other - 1), "title", String.valueOf(other)));
                }
                paginator.put("page_trail", links);
            }
            pages.add(new Page(number, urls.get(number - 1), paginator));
        }
        return pages;
    }

    /** The folder part of a URL: {@code /blog/} of {@code /blog/} and of {@code /blog/index.html}. */
    private static String folderOf(String url) {
        return url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    }

    private static int number(Object value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String text(Object value, String otherwise) {
        return value == null || String.valueOf(value).isBlank() ? otherwise : String.valueOf(value).strip();
    }
}

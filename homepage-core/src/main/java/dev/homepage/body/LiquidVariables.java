package dev.homepage.body;

import dev.homepage.config.CollectionConfig;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import dev.homepage.content.SiteContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code site} and {@code page} variables Liquid sees, shaped as Jekyll shapes them: {@code site.posts} newest
 * first and each other collection in its order, {@code site.pages}, {@code site.html_pages},
 * {@code site.documents}, {@code site.collections}, {@code site.categories}, {@code site.tags},
 * {@code site.static_files}, {@code site.data} and {@code site.time}; a document's front matter with its
 * {@code url}, {@code path}, {@code date}, {@code collection}, {@code categories}, {@code tags}, {@code previous}
 * and {@code next}, {@code content} and {@code excerpt}. Made once per rendering pass, so that each document's
 * entry, and its neighbours in its collection, are worked out once.
 */
final class LiquidVariables {


    private final SiteConfig config;
    private final Map<String, Object> site;
    /** Each collection item's neighbours: the one before and after it, in date order (for posts: older, newer). */
    private final Map<Path, Document[]> neighbours = new HashMap<>();
    private final Map<Path, Map<String, Object>> entries = new HashMap<>();

    /**
     * @param rendered the bodies rendered so far, whose content and excerpt the entries then carry
     */
    LiquidVariables(SiteConfig config, SiteContent content, Map<Path, RenderedDocument> rendered) {
        this.config = config;
        Map<String, Object> site = new LinkedHashMap<>(config.raw());
        List<Map<String, Object>> documents = new ArrayList<>();
        List<Map<String, Object>> collections = new ArrayList<>();
        content.collections().forEach((name, items) -> {
            for (int i = 0; i < items.size(); i++) {
                neighbours.put(items.get(i).source(), new Document[] {
                        i > 0 ? items.get(i - 1) : null, i + 1 < items.size() ? items.get(i + 1) : null});
            }
            List<Map<String, Object>> ordered = items.stream()
                    .map(item -> entry(item, rendered.get(item.source()))).toList();
            documents.addAll(ordered);
            List<Map<String, Object>> listed = new ArrayList<>(ordered);
            if (name.equals(SourceNames.POSTS)) {
                Collections.reverse(listed);
            }
            site.put(name, Collections.unmodifiableList(listed));
            CollectionConfig settings = config.collections().get(name);
            if (settings != null && (settings.declared() || !items.isEmpty())) {
                collections.add(collection(name, settings, ordered));
            }
        });
        List<Map<String, Object>> pages = content.pages().stream()
                .map(page -> entry(page, rendered.get(page.source()))).toList();
        site.put("pages", pages);
        site.put("html_pages", pages.stream().filter(page -> isHtml(String.valueOf(page.get("url")))).toList());
        site.put("documents", Collections.unmodifiableList(documents));
        site.put("collections", Collections.unmodifiableList(collections));
        site.put("static_files", content.staticFiles().stream().map(LiquidVariables::staticFile).toList());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> posts = (List<Map<String, Object>>) site.getOrDefault(SourceNames.POSTS, List.of());
        site.put("categories", byKey(posts, "categories"));
        site.put("tags", byKey(posts, "tags"));
        site.put("data", content.data());
        site.put("time", config.time());
        this.site = Collections.unmodifiableMap(site);
    }

    Map<String, Object> site() {
        return site;
    }

    /**
     * The {@code page} variable of a document being rendered: its entry, with the collection items before and
     * after it as {@code previous} and {@code next}.
     */
    Map<String, Object> page(Document document) {
        Map<String, Object> page = new LinkedHashMap<>(entry(document, null));
        Document[] around = neighbours.get(document.source());
        if (around != null) {
            // In a collection's order, oldest first: a post's previous is the older one, its next the newer.
            page.put("previous", around[0] == null ? null : known(around[0]));
            page.put("next", around[1] == null ? null : known(around[1]));
        }
        return Collections.unmodifiableMap(page);
    }

    /** A neighbour's entry as the site's lists hold it, or made now when the lists were made without it. */
    private Map<String, Object> known(Document document) {
        Map<String, Object> entry = entries.get(document.source());
        return entry != null ? entry : entry(document, null);
    }

    /** A document's entry in the site's lists: its front matter and what Jekyll adds to it. */
    private Map<String, Object> entry(Document document, RenderedDocument rendered) {
        Map<String, Object> page = new LinkedHashMap<>(document.frontMatter());
        page.put("title", document.title());
        page.put("url", document.url());
        String path = document.source().toString().replace('\\', '/');
        page.put("path", path);
        page.put("relative_path", path);
        page.put("name", document.source().getFileName().toString());
        page.put("slug", document.slug());
        if (document.date() != null) {
            page.put("date", document.date());
        } else if (!document.isPage()) {
            // Jekyll dates an undated collection item at the site's time.
            page.put("date", config.time());
        }
        if (!document.isPage()) {
            page.put("collection", document.collection());
            page.put("id", document.url().endsWith("/") && document.url().length() > 1
                    ? document.url().substring(0, document.url().length() - 1) : document.url());
            page.put("categories", words(document.frontMatter().containsKey("categories")
                    ? document.frontMatter().get("categories") : document.frontMatter().get("category")));
            page.put("tags", words(document.frontMatter().containsKey("tags")
                    ? document.frontMatter().get("tags") : document.frontMatter().get("tag")));
        }
        if (rendered != null) {
            page.put("content", rendered.html());
            page.put("excerpt", rendered.excerptHtml());
        }
        Map<String, Object> entry = Collections.unmodifiableMap(page);
        if (rendered != null) {
            entries.put(document.source(), entry);
        }
        return entry;
    }

    /** A collection as Jekyll's {@code site.collections} lists it: its label, items, folder and settings. */
    private Map<String, Object> collection(String name, CollectionConfig settings, List<Map<String, Object>> docs) {
        Map<String, Object> collection = new LinkedHashMap<>(settings.written());
        collection.put("label", name);
        collection.put("docs", docs);
        collection.put("files", List.of());
        collection.put("relative_directory", "_" + name);
        collection.put("directory", "_" + name);
        collection.put("output", settings.output());
        collection.put("permalink", settings.permalink());
        return Collections.unmodifiableMap(collection);
    }

    /** The posts by each of their categories or tags, each list newest first, the keys in name order. */
    private static Map<String, Object> byKey(List<Map<String, Object>> posts, String key) {
        Map<String, List<Map<String, Object>>> grouped = new TreeMap<>();
        for (Map<String, Object> post : posts) {
            if (post.get(key) instanceof List<?> values) {
                values.forEach(value -> grouped.computeIfAbsent(String.valueOf(value), name -> new ArrayList<>())
                        .add(post));
            }
        }
        return Collections.unmodifiableMap(grouped);
    }

    /** A copied file as {@code site.static_files} lists it. */
    private static Map<String, Object> staticFile(Path file) {
        String path = "/" + file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", path);
        entry.put("name", name);
        entry.put("basename", dot > 0 ? name.substring(0, dot) : name);
        entry.put("extname", dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "");
        entry.put("url", path);
        return Collections.unmodifiableMap(entry);
    }

    /** Categories or tags as Jekyll reads them: a list, or words separated by spaces. */
    private static List<String> words(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().filter(item -> item != null).map(String::valueOf).toList();
        }
        if (value == null || String.valueOf(value).isBlank()) {
            return List.of();
        }
        return List.of(String.valueOf(value).strip().split("\\s+"));
    }

    private static boolean isHtml(String url) {
        return url.endsWith("/") || url.endsWith(".html") || url.endsWith(".htm");
    }
}

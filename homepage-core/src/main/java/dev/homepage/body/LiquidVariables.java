package dev.homepage.body;

import dev.homepage.config.SiteConfig;
import dev.homepage.content.Document;
import dev.homepage.content.SiteContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code site} and {@code page} variables Liquid sees, shaped as Jekyll shapes them. */
final class LiquidVariables {

    private LiquidVariables() {
    }

    /**
     * The {@code site} variable: the config, each collection by name (in Jekyll's order; {@code site.posts} newest
     * first), {@code site.pages} and {@code site.data}.
     *
     * @param rendered the bodies rendered so far, whose content and excerpt the items then carry
     */
    static Map<String, Object> site(SiteConfig config, SiteContent content, Map<Path, RenderedDocument> rendered) {
        Map<String, Object> site = new LinkedHashMap<>(config.raw());
        content.collections().forEach((name, items) -> {
            List<Map<String, Object>> list = new ArrayList<>(items.stream().map(item -> page(item, rendered.get(item.source()))).toList());
            if (name.equals("posts")) {
                Collections.reverse(list);
            }
            site.put(name, Collections.unmodifiableList(list));
        });
        site.put("pages", content.pages().stream().map(page -> page(page, rendered.get(page.source()))).toList());
        site.put("data", content.data());
        return Collections.unmodifiableMap(site);
    }

    /** The {@code page} variable of a document, or its entry in a collection list. */
    static Map<String, Object> page(Document document, RenderedDocument rendered) {
        Map<String, Object> page = new LinkedHashMap<>(document.frontMatter());
        page.put("title", document.title());
        page.put("url", document.url());
        page.put("path", document.source().toString().replace('\\', '/'));
        page.put("relative_path", page.get("path"));
        page.put("slug", document.slug());
        if (document.date() != null) {
            page.put("date", document.date());
        }
        if (!document.isPage()) {
            page.put("collection", document.collection());
            page.put("id", document.url().endsWith("/") && document.url().length() > 1
                    ? document.url().substring(0, document.url().length() - 1) : document.url());
        }
        if (rendered != null) {
            page.put("content", rendered.html());
            page.put("excerpt", rendered.excerptHtml());
        }
        return Collections.unmodifiableMap(page);
    }
}

package dev.homepage.liquid;

import freemarker.template.utility.StringUtil;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Insertion;
import liqp.TemplateContext;

/**
 * The tags Jekyll adds to Liquid: {@code highlight} (its code is left for the theme's highlighter to colour, in
 * the markup Jekyll gives it), {@code link} and {@code post_url}.
 */
final class JekyllTags {

    private static final Pattern HIGHLIGHT = Pattern.compile("\\A([\\w+#.-]*)\\s*(.*)\\z", Pattern.DOTALL);
    private static final Pattern OUTER_NEWLINES = Pattern.compile("\\A[\\r\\n]+|[\\r\\n]+\\z");

    private JekyllTags() {
    }

    static List<Insertion> all() {
        return List.of(
                MarkupTag.block("highlight", (context, markup, content) -> highlight(markup, content)),
                MarkupTag.tag("link", JekyllTags::link),
                MarkupTag.tag("post_url", JekyllTags::postUrl));
    }

    /** Jekyll's {@code <figure class="highlight">}, with its line-number table when the tag asks for one. */
    private static String highlight(String markup, String content) {
        Matcher parts = HIGHLIGHT.matcher(markup);
        String language = parts.matches() ? parts.group(1) : "";
        boolean lineNumbers = parts.matches() && parts.group(2).contains("linenos");
        String code = StringUtil.XMLEncNA(OUTER_NEWLINES.matcher(content).replaceAll(""));
        String escapedLanguage = StringUtil.XMLEncNA(language);
        String open = language.isEmpty() ? "<code>"
                : "<code class=\"language-" + escapedLanguage + "\" data-lang=\"" + escapedLanguage + "\">";
        if (lineNumbers) {
            StringBuilder numbers = new StringBuilder();
            long lines = code.lines().count();
            for (int i = 1; i <= lines; i++) {
                numbers.append(i).append('\n');
            }
            code = "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">" + numbers
                    + "</pre></td><td class=\"code\"><pre>" + code + "\n</pre></td></tr></tbody></table>";
        }
        return "<figure class=\"highlight\"><pre>" + open + code + "</code></pre></figure>";
    }

    /** The URL of the page, item or file at a path from the site's folder, under the site's base URL. */
    private static String link(TemplateContext context, String path) {
        String wanted = path.strip().replaceFirst("^/+", "");
        for (Map<?, ?> document : documents(context)) {
            if (wanted.equals(String.valueOf(document.get("path")))) {
                return baseurl(context) + document.get("url");
            }
        }
        throw new IllegalArgumentException("{% link " + path + " %} finds no page, collection item or file '"
                + wanted + "' in the site: give its path from the site's folder, such as _posts/2024-03-05-title.md");
    }

    /** The URL of the post named by its file name without extension ({@code 2024-03-05-title}). */
    private static String postUrl(TemplateContext context, String name) {
        String wanted = name.strip();
        if (context.get("site") instanceof Map<?, ?> site && site.get("posts") instanceof Collection<?> posts) {
            for (Object post : posts) {
                String base = post instanceof Map<?, ?> map ? baseName(String.valueOf(map.get("path"))) : "";
                if (base.equals(wanted) || base.endsWith("/" + wanted)) {
                    return baseurl(context) + ((Map<?, ?>) post).get("url");
                }
            }
        }
        throw new IllegalArgumentException("{% post_url " + name + " %} finds no post '" + wanted + "' in _posts/:"
                + " give its file name without the extension, such as 2024-03-05-title");
    }

    /** A post's path without the _posts/ folder and the extension. */
    private static String baseName(String path) {
        String name = path.startsWith("_posts/") ? path.substring("_posts/".length()) : path;
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') ? name.substring(0, dot) : name;
    }

    /** Every page, collection item and copied file the site variable lists, each a map with its path and URL. */
    private static List<Map<?, ?>> documents(TemplateContext context) {
        if (!(context.get("site") instanceof Map<?, ?> site)) {
            return List.of();
        }
        return site.values().stream().filter(value -> value instanceof Collection<?>)
                .flatMap(value -> ((Collection<?>) value).stream())
                .filter(item -> item instanceof Map<?, ?> map && map.containsKey("path") && map.containsKey("url"))
                .<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
    }

    private static String baseurl(TemplateContext context) {
        return context.get("site") instanceof Map<?, ?> site && site.get("baseurl") != null
                ? String.valueOf(site.get("baseurl")) : "";
    }
}

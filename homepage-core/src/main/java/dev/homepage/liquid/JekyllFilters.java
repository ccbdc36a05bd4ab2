package dev.homepage.liquid;

import dev.homepage.content.Slugs;
import dev.homepage.markdown.MarkdownRenderer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.filters.Relative_Url;

/** The Jekyll filters real sites use that Liqp's Jekyll flavour does not bring. */
final class JekyllFilters {

    private JekyllFilters() {
    }

    static List<Filter> all(MarkdownRenderer markdown) {
        return List.of(
                filter("markdownify", (value, context) -> markdown.render(value)),
                filter("slugify", (value, context) -> Slugs.slugify(value)),
                filter("xml_escape", (value, context) -> escapeXml(value)),
                filter("cgi_escape", (value, context) -> URLEncoder.encode(value, StandardCharsets.UTF_8)),
                filter("uri_escape", (value, context) -> escapeUri(value)),
                filter("number_of_words", (value, context) -> value.isBlank() ? 0 : value.strip().split("\\s+").length),
                new Filter("absolute_url") {
                    // Liqp's own absolute_url leaves out the host; Jekyll prefixes site.url to relative_url's result.
                    private final Relative_Url relativeUrl = new Relative_Url();

                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        String relative = asString(relativeUrl.apply(value, context), context);
                        if (relative.contains("://")) {
                            return relative;
                        }
                        Object site = context.get("site");
                        Object url = site instanceof java.util.Map<?, ?> map ? map.get("url") : null;
                        return (url == null ? "" : String.valueOf(url)) + relative;
                    }
                },
                new Filter("jsonify") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        return context.getParser().getMapper().valueToTree(value).toString();
                    }
                });
    }

    private interface TextFunction {
        Object apply(String value, TemplateContext context);
    }

    private static Filter filter(String name, TextFunction function) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return function.apply(value == null ? "" : asString(value, context), context);
            }
        };
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Percent-encodes what may not appear in a URI, keeping its reserved characters, as Ruby's URI escape. */
    private static String escapeUri(String text) {
        StringBuilder result = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                result.append((char) c);
            } else {
                result.append('%').append(String.format("%02X", c));
            }
        }
        return result.toString();
    }
}

package dev.homepage.liquid;

import dev.homepage.config.Dates;
import dev.homepage.content.Slugs;
import dev.homepage.markdown.MarkdownRenderer;
import freemarker.template.utility.StringUtil;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.filters.Relative_Url;
import liqp.filters.date.BasicDateParser;

/** The Jekyll filters real sites use that Liqp's Jekyll flavour does not bring. */
final class JekyllFilters {

    private static final DateTimeFormatter JSON_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ENGLISH);

    private JekyllFilters() {
    }

    static List<Filter> all(MarkdownRenderer markdown) {
        return List.of(
                filter("markdownify", (value, context) -> markdown.render(value)),
                filter("slugify", (value, context) -> Slugs.slugify(value)),
                // As Ruby's CGI.escapeHTML, which writes ' as &#39;.
                filter("xml_escape", (value, context) -> StringUtil.XHTMLEnc(value)),
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
                dateFilter("date_to_xmlschema", DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                dateFilter("date_to_rfc822", DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)),
                dateFilter("date_to_string", DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH)),
                dateFilter("date_to_long_string", DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH)),
                new Filter("jsonify") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        return context.getParser().getMapper().valueToTree(withDatesAsText(value)).toString();
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

    /** A Jekyll date filter; like Jekyll's, it gives back what is not a date unchanged. */
    private static Filter dateFilter(String name, DateTimeFormatter format) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                ZoneId zone = context.getParser().defaultTimeZone;
                Optional<ZonedDateTime> date = value instanceof TemporalAccessor temporal
                        ? Optional.of(BasicDateParser.getZonedDateTimeFromTemporalAccessor(temporal, zone))
                        : Dates.parse(String.valueOf(value), zone);
                return date.<Object>map(format::format).orElse(value == null ? "" : value);
            }
        };
    }

    /** Jekyll writes dates in JSON as text, "2024-03-05 10:17:00 +0000", not as numbers. */
    private static Object withDatesAsText(Object value) {
        if (value instanceof TemporalAccessor date) {
            return JSON_DATE.format(date);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, withDatesAsText(item)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(JekyllFilters::withDatesAsText).toList();
        }
        return value;
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

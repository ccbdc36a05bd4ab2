package dev.homepage.liquid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;

/**
 * The filters on lists as Jekyll's Ruby runs them, where Liqp's differ or are missing: {@code join} flattens nested
 * lists, {@code sort} takes Jekyll's property and nils arguments and compares numbers in text as numbers,
 * {@code group_by}, {@code group_by_exp}, {@code find}, {@code find_exp}, {@code sample} and
 * {@code array_to_sentence_string}.
 */
final class CollectionFilters {

    private static final Pattern INTEGER_LIKE = Pattern.compile("\\A\\s*-?\\d+\\s*\\z");
    private static final Pattern FLOAT_LIKE = Pattern.compile("\\A\\s*-?(?:\\d+\\.?\\d*|\\.\\d+)\\s*\\z");

    private CollectionFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new Filter("join") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        String glue = params.length == 0 ? " " : asString(params[0], context);
                        List<String> parts = new ArrayList<>();
                        flatten(value, context, parts);
                        return String.join(glue, parts);
                    }

                    private void flatten(Object value, TemplateContext context, List<String> parts) {
                        if (isList(value)) {
                            for (Object item : asArray(value, context)) {
                                flatten(item, context, parts);
                            }
                        } else if (value != null) {
                            parts.add(asString(value, context));
                        }
                    }
                },
                new Filter("sort") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        if (value == null) {
                            throw new IllegalArgumentException("cannot sort nothing: the list to sort is empty or"
                                    + " undefined");
                        }
                        if (value instanceof Map<?, ?> hash && (params.length == 0 || params[0] == null)) {
                            // Jekyll sorts a hash as Ruby does, into its [key, value] pairs by key: site.tags | sort.
                            List<Object> pairs = new ArrayList<>();
                            hash.forEach((key, item) -> pairs.add(Arrays.asList(key, item)));
                            pairs.sort((a, b) -> compare(((List<?>) a).get(0), ((List<?>) b).get(0)));
                            return pairs;
                        }
                        List<Object> items = items(this, value, context);
                        if (params.length == 0 || params[0] == null) {
                            items.sort(CollectionFilters::compare);
                            return items;
                        }
                        String property = asString(params[0], context);
                        String nils = params.length > 1 ? asString(params[1], context) : "first";
                        int order = nils.equals("last") ? 1 : -1;
                        items.sort((a, b) -> {
                            Object first = property(a, property);
                            Object second = property(b, property);
                            if (first != null && second == null) {
                                return -order;
                            }
                            if (first == null && second != null) {
                                return order;
                            }
                            return compare(first, second);
                        });
                        return items;
                    }
                },
                new Filter("group_by") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        if (!isList(value) && !(value instanceof Map<?, ?>)) {
                            return value;
                        }
                        String property = params.length == 0 ? "" : asString(params[0], context);
                        Map<Object, List<Object>> groups = new LinkedHashMap<>();
                        for (Object item : items(this, value, context)) {
                            Object key = property(item, property);
                            groups.computeIfAbsent(key == null ? "" : asString(key, context),
                                    name -> new ArrayList<>()).add(item);
                        }
                        return grouped(groups);
                    }
                },
                new Filter("group_by_exp") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        if (!isList(value) && !(value instanceof Map<?, ?>) || params.length < 2) {
                            return value;
                        }
                        String variable = asString(params[0], context);
                        Template expression = expression(context, asString(params[1], context));
                        Map<Object, List<Object>> groups = new LinkedHashMap<>();
                        for (Object item : items(this, value, context)) {
                            String key = expression.renderUnguarded(Map.of(variable, item), context, false);
                            groups.computeIfAbsent(key, name -> new ArrayList<>()).add(item);
                        }
                        return grouped(groups);
                    }
                },
                new Filter("find") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        if (!isList(value) && !(value instanceof Map<?, ?>) || params.length < 2) {
                            return value;
                        }
                        String property = asString(params[0], context);
                        String target = asString(params[1], context);
                        for (Object item : items(this, value, context)) {
                            Object found = property(item, property);
                            if (found != null && asString(found, context).equals(target)) {
                                return item;
                            }
                        }
                        return null;
                    }
                },
                new Filter("find_exp") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        if (!isList(value) && !(value instanceof Map<?, ?>) || params.length < 2) {
                            return value;
                        }
                        String variable = asString(params[0], context);
                        Template condition = condition(context, asString(params[1], context));
                        for (Object item : items(this, value, context)) {
                            if ("true".equals(condition.renderUnguarded(Map.of(variable, item), context, false))) {
                                return item;
                            }
                        }
                        return null;
                    }
                },
                new Filter("sample") {
                    /** Jekyll picks at random; homepage takes the first, so that builds stay the same. */
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        if (!isList(value)) {
                            return value;
                        }
                        List<Object> items = items(this, value, context);
                        if (params.length == 0) {
                            return items.isEmpty() ? null : items.get(0);
                        }
                        int count = asNumber(params[0]).intValue();
                        return items.subList(0, Math.max(0, Math.min(count, items.size())));
                    }
                },
                new Filter("array_to_sentence_string") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        String connector = params.length == 0 ? "and" : asString(params[0], context);
                        List<String> words = new ArrayList<>();
                        for (Object item : asArray(value, context)) {
                            words.add(asString(item, context));
                        }
                        return switch (words.size()) {
                            case 0 -> "";
                            case 1 -> words.get(0);
                            case 2 -> words.get(0) + " " + connector + " " + words.get(1);
                            default -> String.join(", ", words.subList(0, words.size() - 1)) + ", " + connector
                                    + " " + words.get(words.size() - 1);
                        };
                    }
                });
    }

    private static boolean isList(Object value) {
        return value instanceof Collection<?> || value != null && value.getClass().isArray();
    }

    /** The items of a list, or the values of a map, as a new list. */
    private static List<Object> items(Filter filter, Object value, TemplateContext context) {
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>(map.values());
        }
        return new ArrayList<>(List.of(filter.asArray(value, context)));
    }

    /** Jekyll's groups: each a hash of its name, its items and their count, in the order the names first came. */
    private static List<Map<String, Object>> grouped(Map<Object, List<Object>> groups) {
        List<Map<String, Object>> result = new ArrayList<>();
        groups.forEach((name, items) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", name);
            group.put("items", items);
            group.put("size", items.size());
            result.add(group);
        });
        return result;
    }

    /**
     * An item's property as Jekyll's filters read it: a key of a hash, with dots for nested keys; text that reads
     * as a number counts as that number.
     */
    static Object property(Object item, String property) {
        Object value = item;
        for (String key : property.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(key) : null;
        }
        if (value instanceof String text) {
            if (INTEGER_LIKE.matcher(text).matches()) {
                return new BigDecimal(text.strip());
            }
            if (FLOAT_LIKE.matcher(text).matches()) {
                return new BigDecimal(text.strip().startsWith(".") ? "0" + text.strip() : text.strip());
            }
        }
        return value;
    }

    /** Ruby's {@code <=>} where it compares, and the values as text where it does not. */
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number first && b instanceof Number second) {
            return new BigDecimal(first.toString()).compareTo(new BigDecimal(second.toString()));
        }
        Instant firstTime = instant(a);
        Instant secondTime = instant(b);
        if (firstTime != null && secondTime != null) {
            return firstTime.compareTo(secondTime);
        }
        if (a instanceof Boolean first && b instanceof Boolean second) {
            return first.compareTo(second);
        }
        return Comparator.<String>naturalOrder().compare(String.valueOf(a), String.valueOf(b));
    }

    private static Instant instant(Object value) {
        if (value instanceof ZonedDateTime date) {
            return date.toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof TemporalAccessor temporal && temporal.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
            return Instant.from(temporal);
        }
        return null;
    }

    /** A Liquid expression, filters allowed, rendered to its text for each item. */
    private static Template expression(TemplateContext context, String expression) {
        return context.getParser().parse("{{ " + expression + " }}");
    }

    /** A Liquid condition, rendered to "true" or "false" for each item, as Liqp's own where_exp does. */
    private static Template condition(TemplateContext context, String condition) {
        return new TemplateParser.Builder(context.getParser()).withEvaluateInOutputTag(true).build()
                .parse("{{ " + condition + " }}");
    }
}

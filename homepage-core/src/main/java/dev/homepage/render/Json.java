package dev.homepage.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes maps, lists, texts and numbers as JSON safe inside an HTML {@code <script>} element: besides JSON's own
 * escapes, {@code <}, {@code >} and {@code &} are written as \\u escapes, so no value can close the element.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder json = new StringBuilder();
        append(json, value);
        return json.toString();
    }

    private static void append(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Map<?, ?> map) {
            if (!(map instanceof LinkedHashMap || map instanceof SortedMap)) {
                // Map.of and HashMap iterate in an order that may change from one JVM to the next.
                throw new IllegalArgumentException("JSON output needs a map of fixed order, not a "
                        + map.getClass().getSimpleName());
            }
            json.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.append(separator);
                appendText(json, String.valueOf(entry.getKey()));
                json.append(':');
                append(json, entry.getValue());
                separator = ",";
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                json.append(i == 0 ? "" : ",");
                append(json, list.get(i));
            }
            json.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            appendText(json, String.valueOf(value));
        }
    }

    private static void appendText(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        // By hand: String.format, called for every '<' and '&' of every page, showed in profiles.
                        json.append("\\u");
                        for (int shift = 12; shift >= 0; shift -= 4) {
                            json.append(Character.forDigit((c >> shift) & 0xF, 16));
                        }
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}

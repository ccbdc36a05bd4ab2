package dev.homepage.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes maps, lists, texts and numbers as JSON (with Jackson) safe inside an HTML {@code <script>} element:
 * besides JSON's own escapes, {@code <}, {@code >} and {@code &} are written as \\u escapes, so no value can close
 * the element, and so are U+2028 and U+2029, which end a line in older JavaScript.
 */
public final class Json {

    /**
     * Jackson's streaming generator, configured once and immutable after; its factory is safe to share between
     * threads. The values are maps, lists, texts and numbers, which need no data binding: jackson-databind would
     * load about 450 classes more on every cold build for the same bytes.
     */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new ScriptSafeEscapes())
            // \u003c rather than \u003C: what homepage wrote before it wrote with Jackson.
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private Json() {
    }

    /**
     * The value as JSON.
     *
     * @throws IllegalArgumentException for a map whose order may change from one run to the next, or a value that
     *     is not a map, a list, a text, a number, a boolean or null
     */
    public static String write(Object value) {
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(json)) {
            write(value, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toString();
    }

    private static void write(Object value, JsonGenerator generator) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof CharSequence text) {
            generator.writeString(text.toString());
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            generator.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else if (value instanceof Map<?, ?> map) {
            if (!(map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>)) {
                throw new IllegalArgumentException("JSON output needs a map of fixed order, not a "
                        + map.getClass().getSimpleName());
            }
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else {
            throw new IllegalArgumentException("JSON output holds maps, lists, texts, numbers and booleans, not a "
                    + value.getClass().getSimpleName());
        }
    }

    /** JSON's escapes, and \\u escapes for what could end a script element or a line of JavaScript. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            for (char c : new char[] {'<', '>', '&', '\b', '\f'}) {
                // \b and \f too, which Jackson would write short: the same bytes as before Jackson wrote them.
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c == '\u2028' ? LINE_SEPARATOR : c == '\u2029' ? PARAGRAPH_SEPARATOR : null;
        }
    }
}

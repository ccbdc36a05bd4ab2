package dev.homepage.render;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.MapType;
import java.util.LinkedHashMap;
import java.util.SortedMap;

/**
 * Writes maps, lists, texts and numbers as JSON (with Jackson) safe inside an HTML {@code <script>} element:
 * besides JSON's own escapes, {@code <}, {@code >} and {@code &} are written as \\u escapes, so no value can close
 * the element, and so are U+2028 and U+2029, which end a line in older JavaScript.
 */
public final class Json {

    /** Configured once and immutable after: Jackson's mappers are safe to share between threads. */
    private static final JsonMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .characterEscapes(new ScriptSafeEscapes())
                    // \u003c rather than \u003C: what homepage wrote before it wrote with Jackson.
                    .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                    .build())
            .addModule(new SimpleModule().setSerializerModifier(new FixedOrderMaps()))
            .build();

    private Json() {
    }

    /**
     * The value as JSON.
     *
     * @throws IllegalArgumentException for a map whose order may change from one run to the next
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException refused ? refused : e;
            throw new IllegalArgumentException(cause.getMessage(), e);
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

    /** Refuses maps such as Map.of and HashMap, which iterate in an order that may change from one JVM to the next. */
    private static final class FixedOrderMaps extends BeanSerializerModifier {

        @Override
        public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType type,
                BeanDescription description, JsonSerializer<?> serializer) {
            Class<?> map = type.getRawClass();
            if (LinkedHashMap.class.isAssignableFrom(map) || SortedMap.class.isAssignableFrom(map)) {
                return serializer;
            }
            return new JsonSerializer<Object>() {
                @Override
                public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) {
                    throw new IllegalArgumentException("JSON output needs a map of fixed order, not a "
                            + map.getSimpleName());
                }
            };
        }
    }
}

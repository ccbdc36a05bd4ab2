package dev.homepage.config;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a value of the config or of front matter is, for the checks of its type where it is read, and for their
 * messages, which quote it.
 */
public final class YamlValues {

    private YamlValues() {
    }

    /** Whether the value is one value (text, a number, true or false, a date), not a list or a mapping. */
    public static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Date || value instanceof TemporalAccessor;
    }

    /**
     * The value as a count: a whole number of 0 or more that an int holds ({@code 57}, {@code "57"}, {@code 57.0});
     * empty for anything else ({@code -5}, {@code 1e30}, {@code 12.5}, {@code "many"}).
     */
    public static OptionalInt count(Object value) {
        BigDecimal number;
        try {
            number = value instanceof Number || value instanceof String ? new BigDecimal(String.valueOf(value).strip())
                    : null;
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(number.intValue());
    }

    /** A value as a message quotes it, with what it is when it is not text: {@code a list ([a, b])}. */
    public static String describe(Object value) {
        if (value instanceof Map<?, ?> map) {
            return "a mapping (" + map + ")";
        }
        if (value instanceof Collection<?> list) {
            return "a list (" + new ArrayList<>(list) + ")";
        }
        if (value instanceof String) {
            return "'" + value + "'";
        }
        return "'" + value + "' (" + (value instanceof Number ? "a number"
                : value instanceof Boolean ? "true or false" : "a date") + ")";
    }
}

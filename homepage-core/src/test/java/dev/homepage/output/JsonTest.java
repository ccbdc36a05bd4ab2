package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** JSON for script elements: escaped so it cannot close one, and in an order that never changes. */
class JsonTest {

    @Test
    void textCannotCloseTheScriptItSitsIn() {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("name", "</script><b>\"A & B\"\n");
        thing.put("list", List.of(1, true));

        assertThat(Json.write(thing)).isEqualTo(
                "{\"name\":\"\\u003c/script\\u003e\\u003cb\\u003e\\\"A \\u0026 B\\\"\\n\",\"list\":[1,true]}");
    }

    @Test
    void controlCharactersAndLineSeparatorsAreUnicodeEscapesInLowerCase() {
        assertThat(Json.write(List.of("\b\f\u0001\u001f\t\r\\\u2028\u2029é")))
                .isEqualTo("[\"\\u0008\\u000c\\u0001\\u001f\\t\\r\\\\\\u2028\\u2029é\"]");
    }

    @Test
    void mapsWithoutAFixedOrderAreRefused() {
        assertThatThrownBy(() -> Json.write(Map.of("a", 1, "b", 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed order");
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("inner", new HashMap<>(Map.of("a", 1)));
        assertThatThrownBy(() -> Json.write(List.of(outer))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed order");
    }

    @Test
    void valuesOtherThanMapsListsTextsNumbersAndBooleansAreRefused() {
        record Point(int x) {
        }
        assertThatThrownBy(() -> Json.write(List.of(new Point(1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Point");
    }

    @Test
    void numbersNullAndNestedValuesKeepTheirJsonForm() {
        Map<String, Object> nested = new TreeMap<>(Map.of("b", List.of(), "a", 2.5));
        List<Object> values = new ArrayList<>(List.of(-3L, nested));
        values.add(null);
        assertThat(Json.write(values)).isEqualTo("[-3,{\"a\":2.5,\"b\":[]},null]");
    }
}

package dev.homepage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.SourceError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** YAML loaded safely: standard types only, no duplicate keys, dates kept as text, errors located. */
class SafeYamlTest {

    @Test
    void loadsAMapInFileOrder() throws Exception {
        Map<String, Object> map = SafeYaml.loadMap("b: 1\na: [x, y]\nc:\n  d: true\n");

        assertThat(map).containsOnlyKeys("b", "a", "c");
        assertThat(List.copyOf(map.keySet())).containsExactly("b", "a", "c");
        assertThat(map.get("b")).isEqualTo(1);
        assertThat(map.get("a")).isEqualTo(List.of("x", "y"));
        assertThat(map.get("c")).isEqualTo(Map.of("d", true));
    }

    @Test
    void emptyTextIsAnEmptyMap() throws Exception {
        assertThat(SafeYaml.loadMap("")).isEmpty();
        assertThat(SafeYaml.loadMap("# only a comment\n")).isEmpty();
    }

    @Test
    void datesStayText() throws Exception {
        Map<String, Object> map = SafeYaml.loadMap("date: 2024-03-05\ntime: 2024-03-05 12:00:00 -04:00\n");

        assertThat(map.get("date")).isEqualTo("2024-03-05");
        assertThat(map.get("time")).isEqualTo("2024-03-05 12:00:00 -04:00");
    }

    @Test
    void duplicateKeysAreRejectedWithTheirLine() {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> SafeYaml.loadMap("title: a\nurl: b\ntitle: c\n"));

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("title");
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void aListIsNotAMap() {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> SafeYaml.loadMap("- a\n- b\n"));

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("mapping").contains("list");
    }

    @Test
    void aScalarIsNotAMap() {
        assertThat(catchThrowableOfType(SourceError.class, () -> SafeYaml.loadMap("just text\n")))
                .isNotNull();
    }

    @Test
    void loadAcceptsAnyDocument() throws Exception {
        assertThat(SafeYaml.load("- a\n- b\n")).isEqualTo(List.of("a", "b"));
        assertThat(SafeYaml.load("")).isNull();
    }

    @Test
    void syntaxErrorsCarryTheirLine() {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> SafeYaml.loadMap("title: ok\nlist: [a, b\nother: c\n"));

        assertThat(error).isNotNull();
        assertThat(error.line()).isBetween(2, 4);
    }

    @Test
    void javaTypeTagsAreRefused() {
        assertThat(catchThrowableOfType(SourceError.class,
                () -> SafeYaml.loadMap("x: !!java.io.File [\"/tmp\"]\n"))).isNotNull();
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }

        assertThat(catchThrowableOfType(SourceError.class, () -> SafeYaml.loadMap(yaml.toString())))
                .isNotNull();
    }

    @Test
    void reusedLoadersTellEachTextOfItsOwnDuplicatesAndStaySafe() throws Exception {
        SafeYaml.Reused loaders = new SafeYaml.Reused();
        List<SafeYaml.DuplicateKey> first = new ArrayList<>();
        List<SafeYaml.DuplicateKey> second = new ArrayList<>();

        assertThat(loaders.loadMap("title: a\ntitle: b\n", first::add)).containsEntry("title", "b");
        assertThat(loaders.loadMap("venue: x\nyear: 1\nvenue: y\n", second::add)).containsEntry("venue", "y");

        assertThat(first).containsExactly(new SafeYaml.DuplicateKey("title", 2));
        assertThat(second).containsExactly(new SafeYaml.DuplicateKey("venue", 3));
        assertThat(catchThrowableOfType(SourceError.class, () -> loaders.loadMap("title: a\ntitle: b\n", null)))
                .isNotNull();
        assertThat(catchThrowableOfType(SourceError.class,
                () -> loaders.loadMap("x: !!javax.script.ScriptEngineManager [a]\n", second::add))).isNotNull();
    }

    @Test
    void aReusedLoaderLoadsTheNextTextWhole() throws Exception {
        SafeYaml.Reused loaders = new SafeYaml.Reused();
        List<SafeYaml.DuplicateKey> duplicates = new ArrayList<>();

        assertThat(catchThrowableOfType(SourceError.class,
                () -> loaders.loadMap("a: &x [1, 2]\nb: {c: *x, d: [\n", duplicates::add))).isNotNull();

        assertThat(loaders.loadMap("a: [1, 2]\nb: {c: 3}\n", duplicates::add))
                .isEqualTo(Map.of("a", List.of(1, 2), "b", Map.of("c", 3)));
        assertThat(duplicates).isEmpty();
    }
}

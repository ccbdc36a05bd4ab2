package dev.homepage.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.output.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    /** The rule the index keeps a text by, written the plain way: white space made single, then cut at a word. */
    private static String shortenedThePlainWay(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= SearchIndex.TEXT_LENGTH) {
            return plain;
        }
        int end = plain.lastIndexOf(' ', SearchIndex.TEXT_LENGTH);
        return plain.substring(0, end > SearchIndex.TEXT_LENGTH / 2 ? end : SearchIndex.TEXT_LENGTH);
    }

    @Test
    void aLongTextIsCutAtTheLastWordEndBeforeTheLimitWithItsWhiteSpaceMadeSingle() {
        String text = "\n  Intro\t\tline " + "word ".repeat(200);

        String kept = SearchIndex.shortened(text);

        assertThat(kept).startsWith("Intro line word word").endsWith("word").doesNotContain("  ")
                .hasSizeLessThanOrEqualTo(SearchIndex.TEXT_LENGTH).hasSizeGreaterThan(SearchIndex.TEXT_LENGTH - 5);
    }

    @Test
    void keepsWhatTheRuleKeepsForTextsOfEveryShapeAroundTheLimit() {
        // Spaces ASCII and not (an em space, a no-break space), runs of them at the ends and at the cut.
        char[] alphabet = {'a', 'b', 'é', ' ', ' ', '\t', '\n', '\r', '\u000b', '\f', '\u2003', '\u00a0', '\u001f'};
        Random random = new Random(42);
        for (int n = 0; n < 3000; n++) {
            int length = random.nextInt(3) == 0 ? random.nextInt(40) : 450 + random.nextInt(150);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(SearchIndex.shortened(text.toString())).as("text %d", n)
                    .isEqualTo(shortenedThePlainWay(text.toString()));
        }
    }

    @Test
    void aRebuildWritesOnlyTheRowsThatChangedAndTheSameIndex() {
        List<SearchEntry> entries = new ArrayList<>(List.of(
                new SearchEntry("Post", "First <post>", "/posts/1/", "2025", "", "", "Text \"one\"."),
                new SearchEntry("Paper", "A paper", "/publications/a/", "2024", "A. Author", "Venue", ""),
                new SearchEntry("Post", "Second", "/posts/2/", "2023", "", "", "Text two.")));
        Map<List<Object>, String> earlier = new HashMap<>();
        List<List<Object>> written = new ArrayList<>();
        SearchIndex.Rows remembered = (place, row, write) -> earlier.computeIfAbsent(row, key -> {
            written.add(row);
            return write.get();
        });
        SearchIndex.json(entries, remembered);
        written.clear();
        entries.set(2, new SearchEntry("Post", "Second", "/posts/2/", "2023", "", "", "Text two, edited."));

        String rebuilt = SearchIndex.json(entries, remembered);

        assertThat(written).hasSize(1).allSatisfy(row -> assertThat(row).contains("Text two, edited."));
        assertThat(rebuilt).isEqualTo(SearchIndex.json(entries));
    }

    @Test
    void theIndexIsTheJsonOfItsFieldsKindsAndRowsWithScriptSafeEscapes() {
        List<SearchEntry> entries = List.of(
                new SearchEntry("Post", "A \"quoted\" <title>", "/posts/a/", "May 1, 2024", "", "", "Text & more\u2028"),
                new SearchEntry("Paper", "Ünïcode — paper", "/publications/b/", "2023", "A. Author, B. Author",
                        "Venue", ""),
                new SearchEntry("Post", "Second post", "/posts/c/", "", "", "", "text"));
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("fields", List.of("kind", "title", "url", "date", "authors", "venue", "text"));
        index.put("kinds", List.of("Post", "Paper"));
        index.put("entries", entries.stream().map(entry -> List.of(entry.kind().equals("Post") ? 0 : 1,
                entry.title(), entry.url(), entry.date(), entry.authors(), entry.venue(), entry.text())).toList());

        assertThat(SearchIndex.json(entries)).isEqualTo(Json.write(index) + "\n");
        assertThat(SearchIndex.json(List.of())).isEqualTo("{\"fields\":[\"kind\",\"title\",\"url\",\"date\","
                + "\"authors\",\"venue\",\"text\"],\"kinds\":[],\"entries\":[]}\n");
    }
}

package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The orders of collection items: Jekyll's, and the listings' made from it. */
class DocumentOrderTest {

    private static Document item(String file, String date) {
        return new Document(Path.of("_posts", file), "posts", Map.of(), "", 1,
                date == null ? null : ZonedDateTime.parse(date), file, "/" + file + "/", true, true);
    }

    private static List<String> files(List<Document> documents) {
        return documents.stream().map(document -> document.source().getFileName().toString()).toList();
    }

    @Test
    void listingsPutTheNewestFirstTheUndatedLastAndItemsOfOneTimeInPathOrder() {
        List<Document> items = List.of(
                item("undated-b", null),
                item("old", "2020-01-01T00:00Z"),
                item("same-b", "2022-05-01T12:00Z"),
                item("undated-a", null),
                // The same instant as same-b, written in another zone.
                item("same-a", "2022-05-01T14:00+02:00"),
                item("new", "2024-03-01T00:00Z"),
                item("middle", "2021-01-01T00:00Z"));

        List<Document> jekyll = DocumentOrder.oldestFirst(items);

        assertThat(files(jekyll)).containsExactly("old", "middle", "same-a", "same-b", "new", "undated-a",
                "undated-b");
        assertThat(files(DocumentOrder.newestFirst(jekyll))).containsExactly("new", "same-a", "same-b", "middle",
                "old", "undated-a", "undated-b");
    }

    @Test
    void aCollectionOfUndatedItemsOrNoneIsListedInPathOrder() {
        List<Document> undated = DocumentOrder.oldestFirst(List.of(item("b", null), item("a", null)));

        assertThat(files(DocumentOrder.newestFirst(undated))).containsExactly("a", "b");
        assertThat(DocumentOrder.newestFirst(List.of())).isEmpty();
    }
}

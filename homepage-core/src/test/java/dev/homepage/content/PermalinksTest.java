package dev.homepage.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jekyll permalink patterns and their placeholders. */
class PermalinksTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2024, 3, 5, 14, 7, 9, 0, ZoneOffset.UTC);

    private static String expand(String pattern) {
        return Permalinks.expand(pattern, "talks", "2024/invited-talk", "invited-talk", DATE, List.of("Machine Learning", "news"));
    }

    @Test
    void collectionAndPath() {
        assertThat(expand("/:collection/:path/")).isEqualTo("/talks/2024/invited-talk/");
    }

    @Test
    void nameIsTheLastSegmentOfThePath() {
        assertThat(expand("/:collection/:name")).isEqualTo("/talks/invited-talk");
    }

    @Test
    void titleAndSlugAreTheFileSlug() {
        assertThat(expand("/:title/")).isEqualTo("/invited-talk/");
        assertThat(expand("/x/:slug.html")).isEqualTo("/x/invited-talk.html");
    }

    @Test
    void datePlaceholders() {
        assertThat(expand("/:year/:month/:day/")).isEqualTo("/2024/03/05/");
        assertThat(expand("/:short_year/:i_month/:i_day/:hour:minute:second/")).isEqualTo("/24/3/5/140709/");
    }

    @Test
    void categoriesAreSlugifiedAndJoined() {
        assertThat(expand("/:categories/:title/")).isEqualTo("/machine-learning/news/invited-talk/");
    }

    @Test
    void outputExtensionIsHtml() {
        assertThat(expand("/:year/:title:output_ext")).isEqualTo("/2024/invited-talk.html");
    }

    @Test
    void emptyPlaceholdersLeaveNoDoubleSlashes() {
        assertThat(Permalinks.expand("/:categories/:year/:month/:day/:title:output_ext", "posts", "hello",
                "hello", null, List.of())).isEqualTo("/hello.html");
    }

    @Test
    void literalTextIsKept() {
        assertThat(expand("/publication/2024-talk")).isEqualTo("/publication/2024-talk");
    }

    @Test
    void normalizeAddsTheLeadingSlashAndFoldsSlashes() {
        assertThat(Permalinks.normalize("cv/")).isEqualTo("/cv/");
        assertThat(Permalinks.normalize("//a///b")).isEqualTo("/a/b");
        assertThat(Permalinks.normalize(" /x ")).isEqualTo("/x");
    }

    @Test
    void aUrlIsWrittenToItsFolderIndexUnlessItNamesAFile() {
        assertThat(Permalinks.fileOf("/")).isEqualTo("index.html");
        assertThat(Permalinks.fileOf("")).isEqualTo("index.html");
        assertThat(Permalinks.fileOf("/talks/")).isEqualTo("talks/index.html");
        assertThat(Permalinks.fileOf("///talks/my-talk")).isEqualTo("talks/my-talk/index.html");
        assertThat(Permalinks.fileOf("/feed.xml")).isEqualTo("feed.xml");
        assertThat(Permalinks.fileOf("/v1.2/notes")).isEqualTo("v1.2/notes/index.html");
    }
}

package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Heading ids as kramdown's GFM parser makes them, so that existing in-page links keep working. */
class HeadingIdsTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String idOf(String heading) {
        return Jsoup.parseBodyFragment(markdown.render(heading)).selectFirst("h1, h2, h3").id();
    }

    @Test
    void emojiAndItsSpaceBecomeALeadingHyphen() {
        assertThat(idOf("# 🔥 News")).isEqualTo("-news");
        assertThat(idOf("# 📝 Publications")).isEqualTo("-publications");
    }

    @Test
    void punctuationIsDroppedAndSpacesBecomeHyphens() {
        assertThat(idOf("## Hello, World!")).isEqualTo("hello-world");
        assertThat(idOf("## Q&A: part 2")).isEqualTo("qa-part-2");
    }

    @Test
    void nonAsciiLettersAreKept() {
        assertThat(idOf("## Über Straße")).isEqualTo("über-straße");
        assertThat(idOf("## 教育经历")).isEqualTo("教育经历");
    }

    @Test
    void repeatedHeadingsGetNumberedIds() {
        String html = markdown.render("""
                ## Hello, World!

                ## Hello, World!

                # Hello World

                ### hello world
                """);

        assertThat(Jsoup.parseBodyFragment(html).select("h1, h2, h3").eachAttr("id"))
                .containsExactly("hello-world", "hello-world-1", "hello-world-2", "hello-world-3");
    }

    @Test
    void idsStartAfreshForEachDocument() {
        assertThat(idOf("# News")).isEqualTo("news");
        assertThat(idOf("# News")).isEqualTo("news");
    }

    @Test
    void setextHeadingsGetIdsToo() {
        assertThat(idOf("Publications\n---------\n")).isEqualTo("publications");
    }

    @Test
    void headingIdsUnitCountsPerInstance() {
        HeadingIds ids = new HeadingIds();

        assertThat(ids.next("Talks")).isEqualTo("talks");
        assertThat(ids.next("Talks")).isEqualTo("talks-1");
        assertThat(new HeadingIds().next("Talks")).isEqualTo("talks");
    }
}

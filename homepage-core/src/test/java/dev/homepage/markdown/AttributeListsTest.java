package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Kramdown block attribute lists ({@code {: .class #id key="value"}}) and header ids ({@code {#id}}). */
class AttributeListsTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private Element render(String text) {
        return Jsoup.parseBodyFragment(markdown.render(text)).body();
    }

    @Test
    void listRightAfterAParagraphAppliesToIt() {
        Element body = render("""
                **Prospective students:** write to me.
                {: .notice}

                Next paragraph.
                """);

        Elements paragraphs = body.select("p");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).className()).isEqualTo("notice");
        assertThat(paragraphs.get(0).text()).isEqualTo("Prospective students: write to me.");
        assertThat(paragraphs.get(1).className()).isEmpty();
        assertThat(body.text()).doesNotContain("{:");
    }

    /** Found by MarkdownFuzzTest: after a tag left open the list is raw HTML to the parser, and stays text. */
    @Test
    void listInsideBrokenHtmlLeavesNoMarkerInThePage() {
        String html = markdown.render("<div><img src\nA line\n{: .notice}\n</div>\n");

        assertThat(html).doesNotContain(KramdownSyntax.ATTRIBUTES_MARKER).contains("A line");
    }

    /** Found by MarkdownFuzzTest: a comment of the author's that starts like a marker threw. */
    @Test
    void aCommentThatLooksLikeAMarkerIsTheAuthors() {
        assertThat(markdown.render("<!--homepage-ial:\n")).contains("<!--homepage-ial:");
        assertThat(markdown.render("Text\n\n<!--homepage-ial:x-->\n")).contains("<p>Text</p>");
    }

    /** Found by MarkdownFuzzTest: a lone carriage return is a line end to the parser, and now to us too. */
    @Test
    void aCarriageReturnEndsALineEverywhere() {
        Element body = render("Para\r{: .notice}\r\rNext {: .x\ry}\n");

        assertThat(body.select("p.notice").text()).isEqualTo("Para");
        assertThat(body.html()).doesNotContain(KramdownSyntax.ATTRIBUTES_MARKER);
    }

    @Test
    void listRightAfterAHeadingAppliesToIt() {
        Element heading = render("## Talks\n{: .big #all-talks}\n").selectFirst("h2");

        assertThat(heading.id()).isEqualTo("all-talks");
        assertThat(heading.classNames()).containsExactly("big");
        assertThat(heading.text()).isEqualTo("Talks");
    }

    @Test
    void listAfterABlankLineAppliesToTheNextBlock() {
        Elements paragraphs = render("""
                First.

                {: .lead}
                Second.
                """).select("p");

        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).className()).isEmpty();
        assertThat(paragraphs.get(1).className()).isEqualTo("lead");
        assertThat(paragraphs.get(1).text()).isEqualTo("Second.");
    }

    @Test
    void idClassesAndKeyValuePairsAreAllApplied() {
        Element p = render("Text.\n{: #intro .a .b title=\"Hello there\" data-x='1' lang=en}\n").selectFirst("p");

        assertThat(p.id()).isEqualTo("intro");
        assertThat(p.classNames()).containsExactly("a", "b");
        assertThat(p.attr("title")).isEqualTo("Hello there");
        assertThat(p.attr("data-x")).isEqualTo("1");
        assertThat(p.attr("lang")).isEqualTo("en");
    }

    @Test
    void headerIdReplacesTheGeneratedOne() {
        Element body = render("# My Title {#custom}\n\n## Other {: #other .x}\n");

        Element h1 = body.selectFirst("h1");
        assertThat(h1.id()).isEqualTo("custom");
        assertThat(h1.text()).isEqualTo("My Title");
        Element h2 = body.selectFirst("h2");
        assertThat(h2.id()).isEqualTo("other");
        assertThat(h2.classNames()).containsExactly("x");
        assertThat(h2.text()).isEqualTo("Other");
    }

    @Test
    void aClassListOnAHeadingKeepsItsGeneratedId() {
        Element heading = render("## 🎖 Honors and Awards\n{: .section}\n").selectFirst("h2");

        assertThat(heading.id()).isEqualTo("-honors-and-awards");
        assertThat(heading.classNames()).containsExactly("section");
    }

    @Test
    void listAfterAListAppliesToTheList() {
        Element list = render("- a\n- b\n{: .compact}\n").selectFirst("ul");

        assertThat(list.className()).isEqualTo("compact");
        assertThat(list.select("li").eachText()).containsExactly("a", "b");
    }

    @Test
    void attributeListsInsideMarkdownBlocksApply() {
        Element p = render("<div markdown=\"1\">\nInside.\n{: .inner}\n</div>\n").selectFirst("div > p");

        assertThat(p).isNotNull();
        assertThat(p.className()).isEqualTo("inner");
    }

    @Test
    void blockAttributesParseAndMerge() {
        BlockAttributes first = BlockAttributes.parse(".a #one k=v");
        BlockAttributes merged = first.merge(BlockAttributes.parse(".b #two k='w x'"));

        assertThat(first.id()).isEqualTo("one");
        assertThat(first.others()).containsEntry("k", "v");
        assertThat(merged.id()).isEqualTo("two");
        assertThat(merged.classes()).containsExactly("a", "b");
        assertThat(merged.others()).containsEntry("k", "w x");
    }
}

package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** HTML blocks read the kramdown way: whole to their closing tag, with {@code markdown="1"} content as Markdown. */
class HtmlBlocksTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * Found by MarkdownFuzzTest: a fence "closed" by a line indented four spaces runs on for CommonMark, so an HTML
     * block after it is code, and shows as the author wrote it, not as the placeholder that stood for it.
     */
    @Test
    void htmlBlockInsideAFenceLeftOpenShowsAsCode() {
        String html = markdown.render("```\ncode\n    ```\n<div class=\"note\">\n\ntext\n\n</div>\n");

        assertThat(html).doesNotContain("homepage-raw");
        assertThat(Jsoup.parseBodyFragment(html).select("pre code").text()).contains("<div class=\"note\">");
    }

    @Test
    void placeholderLookalikesWrittenByTheAuthorStayAsTheyAre() {
        String html = markdown.render("<div>\n\nA\n\n</div>\n\n<!--homepage-raw:7-->\n");

        assertThat(html).contains("<!--homepage-raw:7-->").contains("<div>");
    }

    @Test
    void blankLinesInsideAnHtmlBlockDoNotEndIt() {
        String block = """
                <div class="note">

                    <p>An indented paragraph, not code.</p>

                </div>
                """;

        String html = markdown.render("Before.\n\n" + block + "\nAfter.\n");

        assertThat(html).contains(block).doesNotContain("<pre>", "<code>", "&lt;p&gt;");
        assertThat(html).startsWith("<p>Before.</p>\n").endsWith("<p>After.</p>\n");
    }

    /** What a Liquid include leaves: its tags indented as the include file indents them. */
    @Test
    void aBlockOpenedAfterUpToThreeSpacesIsKeptWholeAsInKramdown() {
        String block = """
                  <div class="courses">
                      <h2>2024</h2>

                      <span class="term">Spring</span>
                  </div>
                """;

        String html = markdown.render("Intro.\n\n" + block);

        assertThat(html).contains(block).doesNotContain("<pre>", "&lt;h2&gt;");
    }

    @Test
    void anIndentedTagInAListItemStaysInTheItem() {
        String html = markdown.render("- first\n\n  <div>inside</div>\n- second\n");

        Element list = Jsoup.parseBodyFragment(html).selectFirst("ul");
        assertThat(list.select("> li")).hasSize(2);
        assertThat(list.child(0).text()).isEqualTo("first inside");
    }

    @Test
    void nestedElementsOfTheSameNameAreMatched() {
        String block = """
                <div class="outer">
                <div class="inner">

                *not emphasis*

                </div>

                *still raw*
                </div>
                """;

        assertThat(markdown.render(block)).isEqualTo(block);
    }

    @Test
    void markdownAttributeMakesTheContentMarkdownAndIsDropped() {
        String html = markdown.render("""
                <div class='paper-box'><div class='paper-box-image'><img src='images/p.png' alt="p"></div>
                <div class='paper-box-text' markdown="1">

                [A Paper Title](https://example.org/paper.pdf)

                **Ada Lovelace**, Charles Babbage

                - Finds the thing.
                </div>
                </div>
                """);

        assertThat(html).doesNotContain("markdown=", "**", "](");
        Element box = Jsoup.parseBodyFragment(html).selectFirst("div.paper-box");
        assertThat(box).isNotNull();
        assertThat(box.select("> div.paper-box-image img").attr("src")).isEqualTo("images/p.png");
        Element text = box.selectFirst("> div.paper-box-text");
        assertThat(text).isNotNull();
        assertThat(text.select("> p > a").attr("href")).isEqualTo("https://example.org/paper.pdf");
        assertThat(text.select("> p > strong").text()).isEqualTo("Ada Lovelace");
        assertThat(text.select("> ul > li").eachText()).containsExactly("Finds the thing.");
    }

    @Test
    void markdownAttributeOnTheOuterElementWorksToo() {
        Element div = Jsoup.parseBodyFragment(markdown.render("<section class=\"x\" markdown=\"1\">\n# Inside\n\n*em*\n</section>\n"))
                .selectFirst("section.x");

        assertThat(div).isNotNull();
        assertThat(div.attributes().hasKey("markdown")).isFalse();
        assertThat(div.select("h1").text()).isEqualTo("Inside");
        assertThat(div.select("p em").text()).isEqualTo("em");
    }

    @Test
    void anUnclosedBlockIsLeftToCommonMark() {
        Element body = Jsoup.parseBodyFragment(markdown.render("""
                <div class="open">

                Some **markdown** after it.

                # A heading
                """)).body();

        assertThat(body.select("p strong").text()).isEqualTo("markdown");
        assertThat(body.select("h1").text()).isEqualTo("A heading");
    }

    @Test
    void scriptBlocksAreKeptAsTheyAre() {
        String script = """
                <script type="text/javascript">
                var ok = 1 < 2 && "*x*";

                document.write("<div>");
                </script>
                """;

        String html = markdown.render("Text.\n\n" + script + "\nMore.\n");

        assertThat(html).contains(script).doesNotContain("&lt;", "<em>", "<p>var");
    }

    @Test
    void spanLevelTagsAtTheStartOfALineStayInTheirParagraph() {
        Element p = Jsoup.parseBodyFragment(markdown.render("<span class='anchor' id='about'></span> Hello *there*\n"))
                .selectFirst("p");

        assertThat(p).isNotNull();
        assertThat(p.select("span#about")).hasSize(1);
        assertThat(p.select("em").text()).isEqualTo("there");
    }

    @Test
    void htmlCommentsWithTagsOnOneLineAreLeftAlone() {
        String html = markdown.render("Before.\n\n<!-- <div class=\"hidden\"> *x* </div> -->\n\nAfter.\n");

        assertThat(html).contains("<!-- <div class=\"hidden\"> *x* </div> -->");
        assertThat(Jsoup.parseBodyFragment(html).select("p").eachText()).containsExactly("Before.", "After.");
    }

    @Test
    void htmlCommentsSpanningMarkdownLinesAreLeftAlone() {
        String html = markdown.render("""
                Shown.

                <!-- Hidden until needed.
                # Internships
                - *2016*, intern
                -->

                Also shown.
                """);

        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("h1, li")).isEmpty();
        assertThat(body.select("p").eachText()).containsExactly("Shown.", "Also shown.");
        assertThat(html).contains("# Internships");
    }

    @Test
    void htmlCommentsHidingABlockWithABlankLineStayComments() {
        String html = markdown.render("""
                Shown.

                <!--
                <div class="old">

                Old text.

                </div>
                -->

                Also shown.
                """);

        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("div")).as("the commented-out div").isEmpty();
        assertThat(body.select("p").eachText()).containsExactly("Shown.", "Also shown.");
        assertThat(body.text()).doesNotContain("-->", "Old text.");
    }
}

package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Line breaks inside a paragraph: CommonMark's trailing backslash and two spaces, and kramdown's {@code \\}. */
class HardBreaksTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private Element paragraph(String text) {
        return Jsoup.parseBodyFragment(markdown.render(text)).selectFirst("p");
    }

    @Test
    void trailingBackslashBreaksTheLine() {
        Element p = paragraph("Title of paper \\\nAuthors\n");

        assertThat(p.select("br")).hasSize(1);
        assertThat(p.text()).isEqualTo("Title of paper Authors").doesNotContain("\\");
    }

    @Test
    void kramdownDoubleBackslashBreaksTheLine() {
        Element p = paragraph("Title of paper \\\\\nAuthors \\\\\nVenue\n");

        assertThat(p.select("br")).hasSize(2);
        assertThat(p.text()).doesNotContain("\\");
    }

    @Test
    void twoTrailingSpacesBreakTheLine() {
        Element p = paragraph("first  \nsecond\n");

        assertThat(p.select("br")).hasSize(1);
        assertThat(p.text()).isEqualTo("first second");
    }

    @Test
    void aSingleLineEndIsASoftBreak() {
        assertThat(paragraph("first\nsecond\n").select("br")).isEmpty();
    }

    @Test
    void anEscapedBackslashInsideALineIsKept() {
        assertThat(paragraph("a \\\\ b\n").text()).isEqualTo("a \\ b");
    }

    @Test
    void windowsLineEndsBreakTheSameWay() {
        Element p = paragraph("one \\\\\r\ntwo \\\r\nthree\r\n");

        assertThat(p.select("br")).hasSize(2);
        assertThat(p.text()).isEqualTo("one two three");
    }
}

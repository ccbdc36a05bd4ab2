package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** CommonMark and the GitHub-flavoured extensions Jekyll sites rely on. */
class MarkdownBasicsTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private Element render(String text) {
        return Jsoup.parseBodyFragment(markdown.render(text)).body();
    }

    @Test
    void rendersCommonMarkInlineAndBlockSyntax() {
        Element html = render("""
                A *soft* and **strong** `code` [link](https://example.org "T").

                > quoted

                1. one
                2. two

                - [x] task
                """);

        assertThat(html.select("p em").text()).isEqualTo("soft");
        assertThat(html.select("p strong").text()).isEqualTo("strong");
        assertThat(html.select("p code").text()).isEqualTo("code");
        assertThat(html.select("p a").attr("href")).isEqualTo("https://example.org");
        assertThat(html.select("p a").attr("title")).isEqualTo("T");
        assertThat(html.select("blockquote > p").text()).isEqualTo("quoted");
        assertThat(html.select("ol > li").eachText()).containsExactly("one", "two");
    }

    @Test
    void rendersPipeTablesWithHeaderAndBody() {
        Element html = render("""
                | Year | Venue |
                |------|:-----:|
                | 2024 | ICML  |
                | 2023 | ICLR  |
                """);

        assertThat(html.select("table thead th").eachText()).containsExactly("Year", "Venue");
        assertThat(html.select("table tbody tr")).hasSize(2);
        assertThat(html.select("table tbody tr").get(1).select("td").eachText()).containsExactly("2023", "ICLR");
    }

    @Test
    void rendersStrikethrough() {
        assertThat(render("now ~~then~~ always").select("p del").text()).isEqualTo("then");
    }

    @Test
    void rendersFootnotesWithReferenceAndNote() {
        Element html = render("""
                A claim[^src].

                [^src]: The source.
                """);

        Element reference = html.selectFirst("p sup a");
        assertThat(reference).isNotNull();
        String target = reference.attr("href");
        assertThat(target).startsWith("#");
        Element note = html.getElementById(target.substring(1));
        assertThat(note).isNotNull();
        assertThat(note.text()).contains("The source.");
        assertThat(html.select("p").first().text()).doesNotContain("[^src]");
    }

    @Test
    void linksBareUrls() {
        Element link = render("See https://example.org/paper.pdf for details.").selectFirst("p a");

        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://example.org/paper.pdf");
        assertThat(link.text()).isEqualTo("https://example.org/paper.pdf");
    }

    @Test
    void turnsEmojiShortCodesIntoUnicode() {
        assertThat(markdown.render("Accepted :tada: today")).contains("Accepted 🎉 today").doesNotContain(":tada:");
        assertThat(markdown.render("Trip :airplane:")).contains("\u2708");
    }

    @Test
    void keepsInlineRawHtml() {
        String html = markdown.render("The <font color='orange'>**top 3%**</font> paper.");

        assertThat(html).contains("<font color='orange'><strong>top 3%</strong></font>");
    }
}

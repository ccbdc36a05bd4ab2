package dev.homepage.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Code is code: the kramdown rewriting (attribute lists, {@code \\}, HTML blocks) stays out of it. */
class CodeBlocksTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private Element code(String text) {
        Element code = Jsoup.parseBodyFragment(markdown.render(text)).selectFirst("pre > code");
        assertThat(code).as("a code block").isNotNull();
        return code;
    }

    @Test
    void attributeListLinesInAFenceStayLiteral() {
        Element code = code("""
                Para.

                ```
                {: .not-an-attribute}
                # Title {#not-an-id}
                ```
                """);

        assertThat(code.wholeText()).isEqualTo("{: .not-an-attribute}\n# Title {#not-an-id}\n");
    }

    @Test
    void doubleBackslashInAFenceStaysLiteral() {
        assertThat(code("```latex\na \\\\\nb\n```\n").wholeText()).isEqualTo("a \\\\\nb\n");
    }

    @Test
    void htmlInAFenceIsShownAsCodeNotStashed() {
        Element code = code("""
                ~~~html
                <div class="box">

                  <p>x</p>

                </div>
                ~~~
                """);

        assertThat(code.wholeText()).isEqualTo("<div class=\"box\">\n\n  <p>x</p>\n\n</div>\n");
        assertThat(code.className()).isEqualTo("language-html");
        assertThat(markdown.render("~~~\n<div>\n\n</div>\n~~~\n")).doesNotContain("homepage-raw");
    }

    @Test
    void aFenceOnlyClosesWithTheSameCharacterAndEnoughOfIt() {
        Element code = code("""
                ````
                ```
                {: .x}
                ~~~
                ````
                """);

        assertThat(code.wholeText()).isEqualTo("```\n{: .x}\n~~~\n");
    }

    @Test
    void textAfterTheFenceIsMarkdownAgain() {
        Element body = Jsoup.parseBodyFragment(markdown.render("```\ncode\n```\nAfter.\n{: .x}\n")).body();

        assertThat(body.select("p.x").text()).isEqualTo("After.");
    }

    @Test
    void doubleBackslashInAnIndentedCodeBlockStaysLiteral() {
        assertThat(code("Text.\n\n    x = a \\\\\n    y = b\n").wholeText()).isEqualTo("x = a \\\\\ny = b\n");
    }

    @Test
    void doubleBackslashInAFenceInsideAListItemStaysLiteral() {
        Element code = code("""
                -   Item:

                    ```latex
                    a \\\\
                    b
                    ```
                """);

        assertThat(code.wholeText()).isEqualTo("a \\\\\nb\n");
    }
}

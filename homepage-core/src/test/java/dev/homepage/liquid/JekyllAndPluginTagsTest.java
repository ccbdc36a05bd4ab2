package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.homepage.SourceError;
import dev.homepage.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tags of Jekyll and of the plugins academic sites use, with markup Liqp's own lexer would not take. */
class JekyllAndPluginTagsTest {

    private static final Map<String, Object> SITE = Map.of("baseurl", "/lab",
            "posts", List.of(Map.of("path", "_posts/2024-03-05-first.md", "url", "/2024/03/05/first/")),
            "pages", List.of(Map.of("path", "_pages/cv.md", "url", "/cv/")));

    @TempDir
    Path source;

    private final List<LiquidRenderer.Note> notes = new ArrayList<>();

    private String render(String template) throws Exception {
        return new LiquidRenderer(source, ZoneOffset.UTC, new MarkdownRenderer()).render(template,
                Map.of("site", SITE, "page", Map.of("path", "_posts/2024-03-05-first.md")), notes::add);
    }

    @Test
    void highlightEscapesTheCodeAndNamesItsLanguageAsJekyllDoes() throws Exception {
        assertThat(render("{% highlight c++ %}\nint a = b < c;\n{% endhighlight %}")).isEqualTo(
                "<figure class=\"highlight\"><pre><code class=\"language-c++\" data-lang=\"c++\">int a = b &lt; c;"
                        + "</code></pre></figure>");
    }

    @Test
    void highlightWithLinenosNumbersTheLines() throws Exception {
        assertThat(render("{% highlight python linenos %}\na = 1\nb = 2\n{% endhighlight %}"))
                .contains("<pre class=\"lineno\">1\n2\n</pre>").contains("a = 1\nb = 2");
    }

    @Test
    void linkAndPostUrlGiveTheUrlUnderTheBaseurl() throws Exception {
        assertThat(render("{% link _pages/cv.md %}|{% post_url 2024-03-05-first %}"))
                .isEqualTo("/lab/cv/|/lab/2024/03/05/first/");
    }

    @Test
    void aLinkToNothingSaysWhatItLookedFor() {
        SourceError error = catchThrowableOfType(SourceError.class,
                () -> render("\n{% link _pages/nowhere.md %}"));

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("_pages/nowhere.md").doesNotContain("Exception");
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void detailsFoldsMarkdownAway() throws Exception {
        assertThat(render("{% details Click *here* %}\nSome **bold** text.\n{% enddetails %}"))
                .isEqualTo("<details><summary>Click <em>here</em></summary><p>Some <strong>bold</strong> text.</p>\n"
                        + "</details>");
    }

    @Test
    void fileExistsLooksInTheSourceFolderOnly() throws Exception {
        Files.createDirectories(source.resolve("assets"));
        Files.writeString(source.resolve("assets/nb.ipynb"), "{}", StandardCharsets.UTF_8);

        assertThat(render("{% file_exists assets/nb.ipynb %} {% file_exists assets/none.ipynb %}"
                + " {% file_exists ../../etc/passwd %}")).isEqualTo("true false false");
    }

    @Test
    void tabsShowEachTabsLabelAndContent() throws Exception {
        assertThat(render("{% tabs log %}\n{% tab log php %}\n*one*\n{% endtab %}\n{% tab log js %}\ntwo\n"
                + "{% endtab %}\n{% endtabs %}"))
                .contains("<p class=\"tab-label\">php</p><p><em>one</em></p>")
                .contains("<p class=\"tab-label\">js</p><p>two</p>");
    }

    @Test
    void twitterAndJupyterNotebookLinkToWhatTheyWouldEmbed() throws Exception {
        assertThat(render("{% twitter https://twitter.com/jekyllrb maxwidth=500 limit=3 %}"))
                .isEqualTo("<blockquote class=\"twitter-tweet\"><p><a href=\"https://twitter.com/jekyllrb\">"
                        + "https://twitter.com/jekyllrb</a></p></blockquote>");
        assertThat(render("{% assign nb = '/lab/assets/nb.ipynb' %}{% jupyter_notebook nb %}"))
                .contains("<a href=\"/lab/assets/nb.ipynb\">");
        assertThat(notes).singleElement().satisfies(note -> assertThat(note.message()).contains("Jupyter"));
    }
}

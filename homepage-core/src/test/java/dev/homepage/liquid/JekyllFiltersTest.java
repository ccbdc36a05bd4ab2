package dev.homepage.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jekyll filters sites use in their pages. */
class JekyllFiltersTest {

    private static final Map<String, Object> SITE = Map.of(
            "url", "https://ada.example.org",
            "baseurl", "/lab",
            "people", List.of(
                    Map.of("name", "Carol", "role", "student"),
                    Map.of("name", "Alice", "role", "postdoc"),
                    Map.of("name", "Bob", "role", "student")));

    @TempDir
    Path source;

    private String render(String template) throws Exception {
        return render(template, Map.of());
    }

    private String render(String template, Map<String, Object> page) throws Exception {
        LiquidRenderer liquid = new LiquidRenderer(source, ZoneId.of("Europe/Dublin"), new MarkdownRenderer());
        return liquid.render(template, Map.of("site", SITE, "page", page), note -> { });
    }

    @Test
    void relativeUrlPrefixesTheBaseurl() throws Exception {
        assertThat(render("{{ '/talks/' | relative_url }}")).isEqualTo("/lab/talks/");
        assertThat(render("{{ 'files/cv.pdf' | relative_url }}")).isEqualTo("/lab/files/cv.pdf");
    }

    @Test
    void absoluteUrlPrefixesUrlAndBaseurl() throws Exception {
        assertThat(render("{{ '/talks/' | absolute_url }}")).isEqualTo("https://ada.example.org/lab/talks/");
        assertThat(render("{{ 'https://other.org/x' | absolute_url }}")).isEqualTo("https://other.org/x");
    }

    @Test
    void dateFormatsWithStrftime() throws Exception {
        assertThat(render("{{ '2024-03-05' | date: '%B %d, %Y' }}")).isEqualTo("March 05, 2024");
        ZonedDateTime date = ZonedDateTime.of(2021, 12, 1, 9, 5, 0, 0, ZoneId.of("Europe/Dublin"));
        assertThat(render("{{ page.date | date: '%B %d, %Y' }}|{{ page.date | date: '%Y-%m-%d %H:%M' }}",
                Map.of("date", date))).isEqualTo("December 01, 2021|2021-12-01 09:05");
    }

    @Test
    void markdownifyRendersMarkdown() throws Exception {
        assertThat(render("{{ '*Hello* **there**' | markdownify }}").strip())
                .isEqualTo("<p><em>Hello</em> <strong>there</strong></p>");
    }

    @Test
    void appendConcatenates() throws Exception {
        assertThat(render("{{ site.baseurl | append: '/images/' | append: 'me.png' }}")).isEqualTo("/lab/images/me.png");
    }

    @Test
    void urlEncodeEscapesForQueryStrings() throws Exception {
        assertThat(render("{{ 'Ada Lovelace & co/x?' | url_encode }}")).isEqualTo("Ada+Lovelace+%26+co%2Fx%3F");
    }

    @Test
    void slugifyMakesJekyllSlugs() throws Exception {
        assertThat(render("{{ 'Hello, World! 2024' | slugify }}")).isEqualTo("hello-world-2024");
        assertThat(render("{{ '  Über Straße ' | slugify }}")).isEqualTo("über-straße");
    }

    @Test
    void whereFiltersByProperty() throws Exception {
        assertThat(render("{% assign s = site.people | where: 'role', 'student' %}"
                + "{% for p in s %}{{ p.name }};{% endfor %}{{ s.size }}")).isEqualTo("Carol;Bob;2");
    }

    @Test
    void sortSortsByProperty() throws Exception {
        assertThat(render("{% assign s = site.people | sort: 'name' %}{% for p in s %}{{ p.name }};{% endfor %}"))
                .isEqualTo("Alice;Bob;Carol;");
    }

    @Test
    void jsonifyWritesJson() throws Exception {
        assertThat(render("{{ page.tags | jsonify }}", Map.of("tags", List.of("ml", "a\"b"))))
                .isEqualTo("[\"ml\",\"a\\\"b\"]");
        assertThat(render("{{ page | jsonify }}", Map.of("n", 3))).isEqualTo("{\"n\":3}");
    }

    @Test
    void xmlEscapeEscapesMarkup() throws Exception {
        assertThat(render("{{ page.t | xml_escape }}", Map.of("t", "<a href=\"x\">Tom & Jerry's</a>")))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void numberOfWordsCountsWords() throws Exception {
        assertThat(render("{{ '  one two\nthree ' | number_of_words }}")).isEqualTo("3");
    }

    @Test
    void uriEscapeKeepsReservedCharacters() throws Exception {
        assertThat(render("{{ '/a b/c?d=é' | uri_escape }}")).isEqualTo("/a%20b/c?d=%C3%A9");
    }

    @Test
    void jsonifyWritesDatesAsStrings() throws Exception {
        ZonedDateTime date = ZonedDateTime.of(2024, 3, 5, 10, 17, 0, 0, ZoneId.of("UTC"));

        assertThat(render("{{ page.date | jsonify }}", Map.of("date", date))).startsWith("\"2024-03-05").endsWith("\"");
    }
}

package dev.homepage.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hrefs from the URLs sites write. */
class UrlsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(value = {
            "/talks/,/lab/talks/",
            "talks/,/lab/talks/",
            "images/me.png,/lab/images/me.png",
            "/,/lab/",
            "#-news,/lab/#-news",
            "https://example.org/x,https://example.org/x",
            "mailto:ada@example.org,mailto:ada@example.org",
            "//cdn.example.org/x.js,//cdn.example.org/x.js",
            "javascript:alert(1),''",
            "JavaScript:alert(1),''",
            "' javascript:alert(1)',''",
            "vbscript:x,''",
            "'data:text/html;base64,PHNjcmlwdD4=',''",
            "'',''",
            "'   ',''"})
    void hrefsGetTheBaseurlAndScriptUrlsAreDropped(String url, String href) {
        assertThat(new Urls("/lab").href(url)).isEqualTo(href);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(value = {"/talks/,/talks/", "#-news,/#-news", "cv/,/cv/"})
    void withoutBaseurlPathsStayRootRelative(String url, String href) {
        assertThat(new Urls("").href(url)).isEqualTo(href);
    }
}

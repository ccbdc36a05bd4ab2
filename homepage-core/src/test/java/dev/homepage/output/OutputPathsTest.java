package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The file each URL is written to, and the URLs that would leave the output folder. */
class OutputPathsTest {

    @TempDir
    Path output;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/, index.html",
            "/talks/, talks/index.html",
            "/talks/x, talks/x/index.html",
            "/talks/x/, talks/x/index.html",
            "/cv.html, cv.html",
            "/feed.xml, feed.xml",
            "/2024/03/05/hello.html, 2024/03/05/hello.html",
            "/a%20b/, a b/index.html",
            "/c++/, c++/index.html",
            "/v1.2/notes, v1.2/notes/index.html",
            "/etc/passwd.html, etc/passwd.html"})
    void urlsMapToFiles(String url, String file) {
        assertThat(new SiteWriter(output).fileFor(url)).contains(output.resolve(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../x", "/../../x", "/a/../../x/", "/%2E%2E/x", "/..", "/.", "/talks/.."})
    void urlsLeavingTheOutputFolderHaveNoFile(String url) {
        assertThat(new SiteWriter(output).fileFor(url)).isEmpty();
    }
}

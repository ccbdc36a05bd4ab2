package dev.homepage.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.homepage.content.Permalinks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
            "/etc/passwd.html, etc/passwd.html",
            "/100%/, 100%/index.html",
            "/50%25-off/, 50%-off/index.html",
            "/caf%C3%A9/, café/index.html"})
    void urlsMapToFiles(String url, String file) {
        assertThat(new SiteWriter(output).fileFor(url)).contains(output.resolve(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../x", "/../../x", "/a/../../x/", "/%2E%2E/x", "/..", "/.", "/talks/.."})
    void urlsLeavingTheOutputFolderHaveNoFile(String url) {
        assertThat(new SiteWriter(output).fileFor(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/a%00b/| holds the control character U+0000, which no file name may hold: remove it",
            "/line%0Abreak/| holds the control character U+000A, which no file name may hold: remove it",
            "/a\\b/| holds a backslash, which Windows reads as a folder separator: use / between folders",
            "/a%5Cb/| holds a backslash, which Windows reads as a folder separator: use / between folders",
            "/../x| points outside the output folder: use a path such as /talks/my-talk/"})
    void urlsNoFileCanHaveAreRefusedWithTheReason(String url, String reason) {
        assertThat(Permalinks.unwritable(url)).contains(reason.strip());
        assertThat(new SiteWriter(output).fileFor(url)).isEmpty();
    }

    @Test
    void aNameLongerThanAFileSystemTakesIsRefused() {
        String url = "/talks/" + "é".repeat(128) + "/";

        assertThat(Permalinks.unwritable(url)).contains("has a part of 256 bytes, more than the 255 a file name may"
                + " have: shorten it");
        assertThat(new SiteWriter(output).fileFor(url)).isEmpty();
        assertThat(new SiteWriter(output).fileFor("/talks/" + "x".repeat(255) + "/")).isPresent();
    }
}

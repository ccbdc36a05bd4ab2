package dev.homepage.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.homepage.Problem;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevServerTest {

    private static final String PAGE = "<!DOCTYPE html>\n<html><head><title>Home</title></head>\n"
            + "<body><p>Hello</p></body>\n</html>\n";
    private static final String SECRET = "not for the web";

    @TempDir
    Path temp;

    private Path output;
    private DevServer server;
    private URI address;
    private final Http http = new Http();

    @BeforeEach
    void serveAnOutputFolder() throws IOException {
        // A file beside the output folder, which no request may reach.
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        output = Files.createDirectory(temp.resolve("out"));
        write("index.html", PAGE);
        write("talks/index.html", "<html><body><h1>Talks</h1></body></html>");
        write("assets/site.css", "body { color: navy; }");
        write("images/avatar.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("files/cv.pdf", "%PDF-1.4");
        write("files/notes.unknownext", "?");
        server = DevServer.start(output, "", "127.0.0.1", 0);
        address = server.siteAddress();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(String path, String text) throws IOException {
        Path file = output.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void listensOnLoopbackAtTheAddressItReports() {
        assertThat(address.toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(server.isLoopback()).isTrue();
    }

    @Test
    void servesEachFileWithTheContentTypeOfItsExtensionAndNoCaching() throws Exception {
        assertThat(http.get(address.resolve("/assets/site.css")).headers().firstValue("Content-Type"))
                .contains("text/css; charset=utf-8");
        assertThat(http.get(address.resolve("/images/avatar.svg")).headers().firstValue("Content-Type"))
                .contains("image/svg+xml");
        assertThat(http.get(address.resolve("/files/cv.pdf")).headers().firstValue("Content-Type"))
                .contains("application/pdf");
        assertThat(http.get(address.resolve("/files/notes.unknownext")).headers().firstValue("Content-Type"))
                .contains("application/octet-stream");
        HttpResponse<String> css = http.get(address.resolve("/assets/site.css"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).isEqualTo("body { color: navy; }");
        assertThat(css.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void htmlGetsTheReloadScriptBeforeTheBodyEndButTheFileOnDiskDoesNot() throws Exception {
        HttpResponse<String> home = http.get(address);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(home.body()).contains("<p>Hello</p>", "new EventSource(\"/__homepage/events\")")
                .containsPattern("(?s)<script data-homepage-build=\"[0-9a-z.]+\">.*</script>\n</body>");
        assertThat(home.headers().firstValueAsLong("Content-Length"))
                .hasValue(home.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo(PAGE);
        assertThat(http.get(address.resolve("/assets/site.css")).body()).doesNotContain("EventSource");
    }

    @Test
    void aFolderIsServedByItsIndexAndRedirectedToWithATrailingSlash() throws Exception {
        assertThat(http.get(address.resolve("/talks/")).body()).contains("<h1>Talks</h1>");

        HttpResponse<String> redirect = http.get(address.resolve("/talks"));
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).contains("/talks/");
    }

    @Test
    void aRedirectNeverLeadsToAnotherHost() throws Exception {
        Files.createDirectories(output.resolve("evil.example"));

        // Only the absolute form of a request target can start its path with "//"; redirected, "//evil.example/"
        // would name a host.
        assertThat(Http.raw(address, "http://127.0.0.1//evil.example")).startsWith("HTTP/1.1 400")
                .doesNotContain("Location");
    }

    @Test
    void aMissingFileIsA404PageThatStillListensForBuilds() throws Exception {
        HttpResponse<String> missing = http.get(address.resolve("/no/such/page/?q=%3Cb%3E"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("/no/such/page/", "EventSource");

        write("404.html", "<html><body>The site's own 404 page</body></html>");
        HttpResponse<String> own = http.get(address.resolve("/missing-%3Cscript%3E"));
        assertThat(own.statusCode()).isEqualTo(404);
        assertThat(own.body()).contains("The site's own 404 page", "EventSource").doesNotContain("<script>");
    }

    @Test
    void headAnswersWithoutABodyAndOtherMethodsAreRefused() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(address)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(address)
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/talks/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/talks/..%2f..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/.%2e/secret.txt",
        "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt",
        "/..%5csecret.txt",
        "/talks/..%5c..%5csecret.txt",
        "/..\\secret.txt",
        "/%2e%2e%5csecret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/%00/../secret.txt",
        "/%2fsecret.txt",
        "//secret.txt",
        "../secret.txt",
        "http://127.0.0.1/../secret.txt",
    })
    void noRequestReachesAFileOutsideTheOutputFolder(String target) throws Exception {
        String response = Http.raw(address, target);

        assertThat(response).startsWith("HTTP/1.1 4").doesNotContain(SECRET);
    }

    @Test
    void aSymbolicLinkOutOfTheOutputFolderIsNotFollowed() throws Exception {
        try {
            Files.createSymbolicLink(output.resolve("linked.txt"), temp.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // No symbolic links here (Windows without the privilege): nothing to check.
        }

        HttpResponse<String> linked = http.get(address.resolve("/linked.txt"));
        assertThat(linked.statusCode()).isEqualTo(404);
        assertThat(linked.body()).doesNotContain(SECRET);
    }

    @Test
    void aSiteWithABasePathIsServedUnderIt() throws Exception {
        try (DevServer lab = DevServer.start(output, "/lab", "127.0.0.1", 0)) {
            URI site = lab.siteAddress();
            assertThat(site.getPath()).isEqualTo("/lab/");
            assertThat(http.get(site).body()).contains("<p>Hello</p>");
            assertThat(http.get(site.resolve("talks/")).body()).contains("<h1>Talks</h1>");
            assertThat(http.get(site.resolve("/")).headers().firstValue("Location")).contains("/lab/");
            assertThat(http.get(site.resolve("/talks/")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void eachBuildIsAnnouncedToTheOpenPagesAndTheLatestToThoseThatConnectLater() throws Exception {
        assertTimeoutPreemptively(Http.BOUND.multipliedBy(3), () -> {
            try (Http.Events events = http.events(address)) {
                assertThat(events.response().headers().firstValue("Content-Type"))
                        .contains("text/event-stream; charset=utf-8");

                server.built();
                ServerSentEvent reload = events.next();
                assertThat(reload.name()).isEqualTo("reload");
                assertThat(http.get(address).body()).contains("data-homepage-build=\"" + reload.data() + "\"");

                server.failed(List.of(new Problem(Path.of("_pages", "about.md"), 3, "the front matter is not valid"),
                        new Problem(Path.of("_config.yml"), "unknown timezone 'Mars/Olympus'")));
                ServerSentEvent error = events.next();
                assertThat(error.name()).isEqualTo("error");
                assertThat(error.data()).isEqualTo(Path.of("_pages", "about.md") + ":3: the front matter is not valid"
                        + "\n_config.yml: unknown timezone 'Mars/Olympus'");

                try (Http.Events later = http.events(address)) {
                    assertThat(later.next()).isEqualTo(error);
                }

                server.built();
                ServerSentEvent next = events.next();
                assertThat(next.name()).isEqualTo("reload");
                assertThat(next.data()).isNotEqualTo(reload.data());
            }
        });
    }

    @Test
    void requestsWaitWhileTheOutputIsBeingWritten() throws Exception {
        Lock writing = server.outputWriteLock();
        CompletableFuture<HttpResponse<String>> response;
        writing.lock();
        try {
            response = CompletableFuture.supplyAsync(() -> {
                try {
                    return http.get(address);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(response).isNotDone();
        } finally {
            writing.unlock();
        }
        assertThat(response.get(Http.BOUND.toMillis(), TimeUnit.MILLISECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void aTakenPortIsABindExceptionNamingTheAddress() {
        int port = address.getPort();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DevServer.start(output, "", "127.0.0.1", port))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("127.0.0.1:" + port);
    }
}

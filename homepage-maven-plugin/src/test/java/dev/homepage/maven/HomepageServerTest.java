package dev.homepage.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.homepage.serve.ServeSession;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomepageServerTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private Path source;
    private Path output;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void writeSite() throws IOException {
        source = Files.createDirectory(temp.resolve("src"));
        output = temp.resolve("out");
        Files.writeString(source.resolve("_config.yml"), "title: \"Rui Tanaka\"\nauthor:\n  name: \"Rui Tanaka\"\n");
        Files.createDirectory(source.resolve("_pages"));
        Files.writeString(source.resolve("_pages/about.md"), "---\npermalink: /\n---\n\nI study **moss**.\n");
    }

    private HomepageSettings settings() {
        return new HomepageSettings(source, output, Optional.empty(), false, Optional.empty());
    }

    @Test
    void servesUntilTheSessionIsClosed() throws Exception {
        CompletableFuture<ServeSession> started = new CompletableFuture<>();
        HomepageServer server = new HomepageServer((request, serveLog) -> {
            ServeSession session = ServeSession.start(request, serveLog);
            started.complete(session);
            return session;
        });
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            try {
                server.serve(settings(), "127.0.0.1", 0, log);
            } catch (MojoExecutionException | MojoFailureException e) {
                throw new IllegalStateException(e);
            }
        });
        ServeSession session = started.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        try {
            URI home = session.address();
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(home).timeout(BOUND).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<strong>moss</strong>");
            assertThat(log.infos).contains("Serving " + home + " (Ctrl-C to stop)");
            // The page, the 404 page, robots.txt and the icon, and the search page and its index.
            assertThat(log.infos).first().asString().matches("Built: 6 pages written, .*");
            assertThat(serving).as("serve() returned while serving").isNotDone();
        } finally {
            session.close();
        }
        serving.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertThat(log.infos).last().asString().startsWith("Stopped serving");
    }

    @Test
    void aMissingSourceFolderNamesTheFolderAndTheProperty() {
        Path missing = temp.resolve("no-such-folder");
        HomepageServer server = new HomepageServer((request, serveLog) -> fail("started without sources"));

        assertThatThrownBy(() -> server.serve(new HomepageSettings(missing, output, Optional.empty(), false,
                Optional.empty()),
                "127.0.0.1", 0, log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("-Dhomepage.sourceDirectory=");
    }

    @Test
    void aTakenPortSaysHowToChooseAnother() {
        BindException taken = new BindException("cannot listen on 127.0.0.1:4000: Address already in use");
        HomepageServer server = new HomepageServer((request, serveLog) -> {
            throw taken;
        });

        assertThatThrownBy(() -> server.serve(settings(), "127.0.0.1", 4000, log))
                .isInstanceOf(MojoFailureException.class)
                .hasCause(taken)
                .hasMessageContaining("127.0.0.1:4000: Address already in use")
                .hasMessageContaining("-Dhomepage.port=");
    }

    @Test
    void aPortOutOfRangeIsAFailureNamingTheProperty() {
        HomepageServer server = new HomepageServer((request, serveLog) -> fail("started on port 70000"));

        assertThatThrownBy(() -> server.serve(settings(), "127.0.0.1", 70000, log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("70000")
                .hasMessageContaining("homepage.port");
    }

    private static final class RecordingLog extends SystemStreamLog {
        final List<String> infos = new CopyOnWriteArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }
    }
}

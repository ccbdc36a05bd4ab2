package dev.homepage.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.homepage.BuildRequest;
import dev.homepage.SiteGenerator;
import dev.homepage.TestSite;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeSessionTest {

    private static final String CONFIG = """
            title: "Ines Okafor"
            url: "https://ines.example.org"
            author:
              name: "Ines Okafor"
            """;

    @TempDir
    Path temp;

    private TestSite site;
    private final RecordingLog log = new RecordingLog();
    private final Http http = new Http();
    private ServeSession session;

    @BeforeEach
    void writeSite() throws IOException {
        site = new TestSite(temp)
                .file("_config.yml", CONFIG)
                .file("_pages/about.md", about("I study **glaciers**."))
                .file("images/avatar.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private static String about(String body) {
        return "---\npermalink: /\ntitle: \"About me\"\n---\n\n" + body + "\n";
    }

    private ServeSession serve(Optional<String> baseUrl) throws IOException {
        session = ServeSession.start(
                new ServeRequest(new BuildRequest(site.source(), site.output(), baseUrl), "127.0.0.1", 0), log);
        return session;
    }

    @Test
    void buildsServesAndRebuildsWhenASourceIsSaved() {
        assertTimeoutPreemptively(Http.BOUND.multipliedBy(3), () -> {
            URI home = serve(Optional.empty()).address();
            assertThat(log.infos).singleElement().asString()
                    .matches("Built: \\d+ pages written, \\d+ files copied in \\d+ ms");
            assertThat(http.get(home).body()).contains("<strong>glaciers</strong>", "Ines Okafor");
            assertThat(http.get(home.resolve("images/avatar.svg")).statusCode()).isEqualTo(200);

            try (Http.Events events = http.events(home)) {
                String served = events.next("reload").data();

                site.file("_pages/about.md", about("I study **sea ice**."));

                assertThat(events.next("reload").data()).isNotEqualTo(served);
                assertThat(http.get(home).body()).contains("<strong>sea ice</strong>")
                        .doesNotContain("glaciers");
            }
            assertThat(log.infos).last().asString()
                    .startsWith("Rebuilt after a change to " + Path.of("_pages", "about.md") + ": ");
        });
    }

    @Test
    void aBrokenEditShowsItsProblemsAndKeepsTheLastGoodPageUntilItIsFixed() {
        assertTimeoutPreemptively(Http.BOUND.multipliedBy(4), () -> {
            URI home = serve(Optional.empty()).address();
            try (Http.Events events = http.events(home)) {
                events.next("reload");

                site.file("_pages/about.md", "---\npermalink: /\ntitle: [unclosed\n---\n\nI study **fjords**.\n");

                ServerSentEvent error = events.next("error");
                assertThat(error.data()).startsWith(Path.of("_pages", "about.md") + ":")
                        .containsPattern(":\\d+: the front matter is not valid YAML");
                assertThat(http.get(home).body()).contains("<strong>glaciers</strong>");
                assertThat(log.errors).singleElement().asString()
                        .contains(error.data(), "Still serving the last build");
                try (Http.Events later = http.events(home)) {
                    assertThat(later.next()).as("what a page loaded now is told").isEqualTo(error);
                }

                site.file("_pages/about.md", about("I study **fjords**."));

                events.next("reload");
                assertThat(http.get(home).body()).contains("<strong>fjords</strong>");
            }
        });
    }

    @Test
    void theOutputIsWhatGenerateWritesTheScriptIsInTheResponsesOnly() throws Exception {
        URI home = serve(Optional.empty()).address();
        assertThat(http.get(home).body()).contains("data-homepage-build=", "/__homepage/events");
        session.close();

        Path generated = temp.resolve("generated");
        new SiteGenerator().generate(new BuildRequest(site.source(), generated));
        List<Path> files = files(generated);
        assertThat(files(site.output())).isEqualTo(files);
        for (Path file : files) {
            assertThat(site.output().resolve(file)).as("%s", file).hasSameBinaryContentAs(generated.resolve(file));
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @Test
    void aSiteIsServedUnderItsBaseurl() throws Exception {
        site.file("_config.yml", CONFIG + "baseurl: \"/lab\"\n")
                .file("_pages/about.md", about("[CV]({{ '/cv/' | relative_url }})"));

        URI home = serve(Optional.empty()).address();

        assertThat(home.getPath()).isEqualTo("/lab/");
        assertThat(http.get(home).body()).contains("href=\"/lab/cv/\"");
    }

    @Test
    void aBaseUrlGivenOverridesTheConfigsAsItDoesForGenerate() throws Exception {
        site.file("_config.yml", CONFIG + "baseurl: \"/lab\"\n");

        URI home = serve(Optional.of("https://ines.example.org/group")).address();

        assertThat(home.getPath()).isEqualTo("/group/");
        assertThat(http.get(home).body()).contains("<strong>glaciers</strong>");
    }

    @Test
    void closingStopsServingAndWatchingAndEndsTheWait() throws Exception {
        URI home = serve(Optional.empty()).address();
        Thread waiting = new Thread(() -> {
            try {
                session.awaitClosed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.start();

        session.close();
        session.close();

        waiting.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(waiting.isAlive()).as("awaitClosed() still waiting").isFalse();
        assertThatThrownBy(() -> new Socket(home.getHost(), home.getPort()).close())
                .isInstanceOf(ConnectException.class);
        assertThat(log.infos).last().isEqualTo("Stopped serving " + home);
        assertThat(log.infos).filteredOn(line -> line.startsWith("Stopped")).hasSize(1);
    }

    @Test
    void listeningBeyondLoopbackIsWarnedAbout() throws Exception {
        session = ServeSession.start(new ServeRequest(new BuildRequest(site.source(), site.output()), "0.0.0.0", 0),
                log);

        assertThat(log.warnings).singleElement().asString().contains("0.0.0.0", "other machines");
    }

    @Test
    void aTakenPortFailsTheStartAndLeavesNothingRunning() throws Exception {
        int port = serve(Optional.empty()).address().getPort();
        RecordingLog second = new RecordingLog();

        assertThatThrownBy(() -> ServeSession.start(
                new ServeRequest(new BuildRequest(site.source(), site.output()), "127.0.0.1", port), second))
                .isInstanceOf(BindException.class);
        assertThat(second.infos).isEmpty();
    }

    private static final class RecordingLog implements ServeLog {
        final List<String> infos = new CopyOnWriteArrayList<>();
        final List<String> warnings = new CopyOnWriteArrayList<>();
        final List<String> errors = new CopyOnWriteArrayList<>();

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }

        @Override
        public void error(String message) {
            errors.add(message);
        }
    }
}

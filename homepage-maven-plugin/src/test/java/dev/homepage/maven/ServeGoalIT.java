package dev.homepage.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code homepage:serve} as a user does: real Maven, in a child process, on a folder without a pom. Runs in the
 * integration-test phase, on the plugin that phase's {@code invoker:install} put into a local repository of its
 * own, so that snapshots installed meanwhile by other builds cannot stand in for it.
 */
class ServeGoalIT {

    /** Maven starting and the first build; generous, as CI machines stall. */
    private static final Duration STARTUP = Duration.ofMinutes(2);
    /** A save being served, and Maven stopping. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+) \\(Ctrl-C to stop\\)");

    @TempDir
    Path folder;

    private Process maven;
    /** Reads Maven's output until it exits. */
    private Thread output;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void neverLeaveMavenRunning() throws InterruptedException {
        if (maven != null && maven.isAlive()) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
            maven.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    void servesTheSiteAndServesASavedChangeWithAReloadEvent() throws Exception {
        Path site = copyFixture();
        start();
        URI home = URI.create(awaitLine(SERVING, STARTUP).group(1));

        assertThat(get(home)).contains("<strong>lichens</strong>", "new EventSource(\"/__homepage/events\")");
        assertThat(Files.readString(folder.resolve("out/index.html"))).contains("<strong>lichens</strong>")
                .doesNotContain("EventSource");

        HttpResponse<Stream<String>> events = http.send(
                HttpRequest.newBuilder(home.resolve("/__homepage/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> reloads = reloadIds(events);
        String first = poll(reloads, "the current build, sent on connecting");

        Files.writeString(site.resolve("_pages/about.md"), Files.readString(site.resolve("_pages/about.md"))
                .replace("lichens", "mosses"));

        assertThat(poll(reloads, "a reload after the save")).isNotEqualTo(first);
        assertThat(get(home)).contains("<strong>mosses</strong>").doesNotContain("<strong>lichens</strong>");
        assertThat(log).anyMatch(line -> line.contains("Rebuilt after a change to "
                + Path.of("_pages", "about.md")));
        events.body().close();

        // SIGTERM runs the shutdown hooks as Ctrl-C's SIGINT does (Windows has neither to send). Through the
        // handle, as Process.destroy() also closes Maven's output before its last lines are read.
        maven.toHandle().destroy();
        assertThat(maven.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("Maven stopped").isTrue();
        output.join(BOUND.toMillis());
        if (!isWindows()) {
            assertThat(log).as("Maven's output (exit value %d)", maven.exitValue())
                    .anyMatch(line -> line.contains("Stopped serving " + home));
        }
        assertThatThrownBy(() -> new Socket(home.getHost(), home.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    private Path copyFixture() throws IOException {
        Path fixture = Path.of("src/test/resources/serve-site");
        Path site = folder.resolve("site");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.toList()) {
                Path target = site.resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return site;
    }

    private void start() throws IOException {
        Path mavenHome = Path.of(required("maven.home"));
        List<String> command = List.of(
                mavenHome.resolve("bin").resolve(isWindows() ? "mvn.cmd" : "mvn").toString(),
                "-B",
                // Offline: the install put the plugin and its dependencies in the repository.
                "-o",
                "-Dmaven.repo.local=" + required("homepage.it.repo"),
                "-Dmaven.repo.local.tail=" + required("homepage.it.repoTail"),
                required("homepage.it.plugin") + ":serve",
                "-Dhomepage.sourceDirectory=site",
                "-Dhomepage.outputDirectory=out",
                "-Dhomepage.port=0");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        maven = builder.start();
        output = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    log.add(line);
                    lines.add(line);
                }
            } catch (IOException e) {
                // Maven was killed: its output ends here.
            }
        }, "maven-output");
        output.setDaemon(true);
        output.start();
    }

    private Matcher awaitLine(Pattern pattern, Duration bound) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                    TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
            if (line == null || !maven.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        return fail("no line matching %s within %s; Maven %s:%n%s", pattern, bound,
                maven.isAlive() ? "is running" : "exited with " + maven.exitValue(), String.join("\n", log));
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(BOUND).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return response.body();
    }

    /** The ids of the reload events of the stream, read on a thread of their own. */
    private static BlockingQueue<String> reloadIds(HttpResponse<Stream<String>> events) {
        BlockingQueue<String> ids = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            boolean reload = false;
            try {
                for (String line : (Iterable<String>) events.body()::iterator) {
                    if (reload && line.startsWith("data: ")) {
                        ids.add(line.substring("data: ".length()));
                    }
                    reload = line.equals("event: reload") || reload && !line.isEmpty();
                }
            } catch (UncheckedIOException e) {
                // The stream ended.
            }
        }, "reload-events");
        reader.setDaemon(true);
        reader.start();
        return ids;
    }

    private String poll(BlockingQueue<String> reloads, String what) throws InterruptedException {
        String id = reloads.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        if (id == null) {
            fail("no reload event (%s) within %s; Maven's output:%n%s", what, BOUND, String.join("\n", log));
        }
        return id;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property %s, set by the build", property).isNotBlank();
        return value;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}

package dev.homepage.serve;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The requests the serve tests make: pages, raw request lines, and event streams. */
final class Http {

    /** How long anything the tests wait for may take before they fail; generous, as CI machines stall. */
    static final Duration BOUND = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(BOUND).build();

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(BOUND).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Fetches the page until its body passes the test, and fails after the bound. */
    HttpResponse<String> awaitPage(URI uri, Predicate<String> test) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(BOUND);
        HttpResponse<String> response = get(uri);
        while (!test.test(response.body())) {
            if (Instant.now().isAfter(deadline)) {
                fail("%s did not change as expected within %s; it reads:%n%s", uri, BOUND, response.body());
            }
            Thread.sleep(20);
            response = get(uri);
        }
        return response;
    }

    /**
     * Sends a request target exactly as written, as a browser or HTTP client would not (they normalize
     * {@code ..}), and returns the whole response.
     */
    static String raw(URI server, String target) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout((int) BOUND.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Opens the server's event stream. */
    Events events(URI server) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = client.send(
                HttpRequest.newBuilder(server.resolve(LiveReload.PATH)).build(),
                HttpResponse.BodyHandlers.ofLines());
        return new Events(response);
    }

    /** An event stream, read on its own thread. */
    static final class Events implements AutoCloseable {

        private final HttpResponse<Stream<String>> response;
        private final BlockingQueue<ServerSentEvent> received = new LinkedBlockingQueue<>();
        private final Thread reader;

        private Events(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.reader = new Thread(this::read, "test-event-reader");
            reader.setDaemon(true);
            reader.start();
        }

        HttpResponse<Stream<String>> response() {
            return response;
        }

        /** The next event, failing when none comes within the bound. */
        ServerSentEvent next() throws InterruptedException {
            ServerSentEvent event = received.poll(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                fail("no event within %s", BOUND);
            }
            return event;
        }

        /** The next event of the type, skipping others, failing when none comes within the bound. */
        ServerSentEvent next(String name) throws InterruptedException {
            Instant deadline = Instant.now().plus(BOUND);
            while (Instant.now().isBefore(deadline)) {
                ServerSentEvent event = received.poll(
                        Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
                if (event != null && event.name().equals(name)) {
                    return event;
                }
            }
            return fail("no '%s' event within %s", name, BOUND);
        }

        private void read() {
            String name = "message";
            StringBuilder data = null;
            try (Stream<String> lines = response.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if (data != null) {
                            received.add(new ServerSentEvent(name, data.toString()));
                        }
                        name = "message";
                        data = null;
                    } else if (line.startsWith("event: ")) {
                        name = line.substring("event: ".length());
                    } else if (line.startsWith("data: ")) {
                        data = data == null ? new StringBuilder() : data.append('\n');
                        data.append(line.substring("data: ".length()));
                    }
                }
            } catch (RuntimeException e) {
                // The stream was closed, by the test or the server.
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }
}

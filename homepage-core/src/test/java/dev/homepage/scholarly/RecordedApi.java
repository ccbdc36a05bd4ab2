package dev.homepage.scholarly;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A web API on the loopback address, answering with recorded answers of the real API's shape: by path, in the
 * order given (the last one again once the others are used up). It notes each request, so that tests can see
 * what was asked. Nothing here reaches the network.
 */
final class RecordedApi implements AutoCloseable {

    /** A request as the server received it. */
    record Received(String method, String pathAndQuery, Map<String, String> headers, String body) {
    }

    /** A recorded answer. */
    record Answer(int status, String body, Map<String, String> headers) {
        static Answer ok(String body) {
            return new Answer(200, body, Map.of());
        }

        static Answer status(int status) {
            return new Answer(status, "{\"error\":\"recorded failure\"}", Map.of());
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new LinkedHashMap<>();
    private final List<Received> received = new ArrayList<>();

    RecordedApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers requests for the path (without query) with these answers in turn. */
    RecordedApi on(String path, Answer... recorded) {
        answers.put(path, new ArrayDeque<>(List.of(recorded)));
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** An address on the loopback where nothing listens: a source that cannot be reached. */
    static String unreachable() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    /** A recorded answer kept with the tests. */
    static String recorded(String name) {
        try (InputStream in = RecordedApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded answer " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        Answer answer;
        synchronized (this) {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI()
                            .getRawQuery()), headers, body));
            Deque<Answer> queue = answers.get(exchange.getRequestURI().getPath());
            answer = queue == null ? new Answer(404, "{\"error\":\"not found\"}", Map.of())
                    : queue.size() > 1 ? queue.poll() : queue.peek();
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

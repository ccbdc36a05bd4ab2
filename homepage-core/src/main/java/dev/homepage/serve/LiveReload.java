package dev.homepage.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.homepage.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The event stream open pages listen to. After each successful build every page is sent
 * {@code event: reload} with the build's id; after a failed one, {@code event: error} with the problems, one
 * {@code file:line: message} per line. A page that connects is sent the latest of the two at once, so a page loaded
 * while a build ran, or before the server restarted, still catches up.
 */
final class LiveReload implements HttpHandler {

    static final String PATH = "/__homepage/events";

    /** Tells the builds of this server from those of an earlier one, whose pages must reload too. */
    private final String serverId = Long.toString(System.currentTimeMillis(), Character.MAX_RADIX);

    /** A comment line of the event stream, which browsers skip: sent to a page that connects before any build. */
    private static final byte[] CONNECTED = ": connected\n\n".getBytes(StandardCharsets.US_ASCII);

    private final List<HttpExchange> listeners = new ArrayList<>();
    private int builds;
    private Optional<ServerSentEvent> latest = Optional.empty();

    /** The id of the build now in the output folder; pages carry it to tell whether a reload shows them news. */
    synchronized String buildId() {
        return serverId + "." + builds;
    }

    synchronized void built() {
        builds++;
        publish(new ServerSentEvent("reload", buildId()));
    }

    synchronized void failed(List<Problem> problems) {
        publish(new ServerSentEvent("error",
                problems.stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PATH) || !exchange.getRequestMethod().equals("GET")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        synchronized (this) {
            // Something is written at once, even with no build to tell of: the built-in server of newer JDKs (25, not
            // 17) keeps the response headers in its buffer until the body is first flushed, so until the next build
            // the page would not know it is connected, and a client waiting for the headers would wait.
            if (send(exchange, latest.map(ServerSentEvent::encode).orElse(CONNECTED))) {
                // The exchange stays open after the handler returns: it is the stream the events are written to.
                listeners.add(exchange);
            }
        }
    }

    /** Ends every stream; browsers then retry on their own until a server answers again. */
    synchronized void close() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }

    private void publish(ServerSentEvent event) {
        latest = Optional.of(event);
        byte[] bytes = event.encode();
        for (Iterator<HttpExchange> listener = listeners.iterator(); listener.hasNext(); ) {
            if (!send(listener.next(), bytes)) {
                listener.remove();
            }
        }
    }

    /** Writes an event, closing the stream when the page has gone away. */
    private static boolean send(HttpExchange exchange, byte[] bytes) {
        try {
            OutputStream body = exchange.getResponseBody();
            body.write(bytes);
            body.flush();
            return true;
        } catch (IOException e) {
            exchange.close();
            return false;
        }
    }
}

package dev.homepage.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.locks.Lock;

/**
 * Answers GET and HEAD requests with the files of the output folder: {@code /dir/} with {@code dir/index.html},
 * {@code /dir} with a redirect to {@code /dir/}, anything missing with the site's {@code 404.html} or a plain page.
 * HTML gets the live reload script; nothing is cached, so a reload always shows the latest build.
 */
final class StaticFiles implements HttpHandler {

    private static final String TEXT = "text/plain; charset=utf-8";

    private final OutputFolder folder;
    private final LiveReload live;
    private final ReloadScript script = new ReloadScript();
    private final Lock outputReadLock;

    /**
     * @param outputReadLock held while a response is read from the output folder, so that no page is read while a
     *     build rewrites it
     */
    StaticFiles(OutputFolder folder, LiveReload live, Lock outputReadLock) {
        this.folder = folder;
        this.live = live;
        this.outputReadLock = outputReadLock;
    }

    /** A response, read whole so that the lock is not held while a slow client receives it. */
    private record Response(int status, String contentType, byte[] body, String location) {

        static Response of(int status, String contentType, String body) {
            return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), null);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, Response.of(405, TEXT, "Only GET and HEAD are served.\n"));
                return;
            }
            Response response;
            outputReadLock.lock();
            try {
                response = respond(exchange);
            } finally {
                outputReadLock.unlock();
            }
            send(exchange, response);
        } finally {
            exchange.close();
        }
    }

    private Response respond(HttpExchange exchange) throws IOException {
        OutputFolder.Lookup lookup = folder.lookup(exchange.getRequestURI());
        if (lookup instanceof OutputFolder.Redirect redirect) {
            return new Response(301, TEXT, new byte[0], redirect.location());
        }
        if (lookup instanceof OutputFolder.Refused) {
            return Response.of(400, TEXT, "The path leaves the site's folder.\n");
        }
        int status = 200;
        if (lookup instanceof OutputFolder.Missing) {
            status = 404;
            lookup = folder.notFoundPage();
        }
        if (lookup instanceof OutputFolder.Found found) {
            String type = ContentTypes.of(found.file());
            byte[] body = Files.readAllBytes(found.file());
            return new Response(status, type, type.equals(ContentTypes.HTML) ? withScript(body) : body, null);
        }
        return new Response(404, ContentTypes.HTML, withScript(notFoundHtml(exchange)), null);
    }

    /** The page for a missing file when the site has no 404 page; it reloads too, and shows build problems. */
    private static byte[] notFoundHtml(HttpExchange exchange) {
        String path = StringUtil.XMLEncNA(String.valueOf(exchange.getRequestURI().getPath()));
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>\n"
                + "<body><h1>Not found</h1><p>The site has no page at <code>" + path + "</code>.</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] withScript(byte[] html) {
        return script.inject(html, live.buildId());
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (response.location() != null) {
            exchange.getResponseHeaders().set("Location", response.location());
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(response.body().length));
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        exchange.getResponseBody().write(response.body());
    }
}

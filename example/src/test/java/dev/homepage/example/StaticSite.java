package dev.homepage.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A generated site served the way a plain static host (GitHub Pages, an nginx folder) serves it, on the loopback
 * address and a free port: {@code /dir/} answers with {@code dir/index.html}, {@code /dir} redirects to
 * {@code /dir/}, anything else missing is a 404. Nothing is added to the pages, unlike the live preview of
 * {@code homepage:serve}, so what the browser sees is exactly what was generated.
 */
final class StaticSite implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "pdf", "application/pdf",
            "xml", "application/xml");

    private final Path root;
    private final String basePath;
    private final HttpServer server;

    /**
     * @param root the generated site's folder
     * @param basePath the path it is served under: "" or "/path", as the site's {@code baseurl}
     */
    static StaticSite serve(Path root, String basePath) throws IOException {
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException(root + " holds no generated site: run `./mvnw verify`, which generates it"
                    + " at `package` before the browser tests");
        }
        return new StaticSite(root, basePath);
    }

    private StaticSite(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's home page, {@code http://127.0.0.1:port/base/}. */
    URI home() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath + "/");
    }

    /**
     * Every HTML page of the site, linked or not, sorted: {@code dir/index.html} as {@code dir/}. Redirect pages
     * (of {@code redirect_from}) are left out: the browser leaves them at once, for the page they name.
     */
    List<URI> pages() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html") && !isRedirect(file))
                    .map(file -> root.relativize(file).toString().replace(File.separatorChar, '/'))
                    .map(path -> path.replaceFirst("(^|/)index\\.html$", "$1"))
                    .sorted()
                    .map(home()::resolve)
                    .toList();
        }
    }

    private static boolean isRedirect(Path page) {
        try {
            return Files.readString(page).contains("<meta http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(basePath + "/")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Path file = root.resolve(path.substring(basePath.length() + 1)).normalize();
            if (!file.startsWith(root)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", typeOf(file));
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

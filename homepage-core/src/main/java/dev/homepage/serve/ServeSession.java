package dev.homepage.serve;

import dev.homepage.SiteBuildException;
import dev.homepage.config.ConfigLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves a homepage while it is being written: builds it, serves it, and rebuilds it whenever a source file or
 * template is saved, reloading the open pages, or showing them the problems when the build fails.
 *
 * <p>The output folder gets exactly what {@link dev.homepage.SiteGenerator} writes, so that it can be published as
 * it is; the live reload script exists only in the responses. The site is served under its {@code baseurl}, read
 * once, at start, so that its links work in the preview.
 */
public final class ServeSession implements AutoCloseable {

    private final DevServer server;
    private final SourceWatcher watcher;
    private final ServeLog log;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final CountDownLatch closed = new CountDownLatch(1);

    private ServeSession(DevServer server, SourceWatcher watcher, ServeLog log) {
        this.server = server;
        this.watcher = watcher;
        this.log = log;
    }

    /**
     * Listens, watches the sources, and builds the site once; returns when that build is done, whether it
     * succeeded or not (its problems are logged and shown in the pages).
     *
     * @throws java.net.BindException when the host and port cannot be listened on
     * @throws IOException when the source folder cannot be watched
     */
    public static ServeSession start(ServeRequest request, ServeLog log) throws IOException {
        Path source = request.build().sourceDirectory().toAbsolutePath().normalize();
        Path output = request.build().outputDirectory().toAbsolutePath().normalize();
        DevServer server = DevServer.start(output, basePath(source, request.build().baseUrl()), request.host(),
                request.port());
        try {
            if (!server.isLoopback()) {
                log.warn("Listening on " + request.host() + ", which other machines may reach: anyone who can"
                        + " connect can read the site and its drafts. Listen on 127.0.0.1 unless you mean that.");
            }
            LiveSite site = new LiveSite(server, SiteBuilder.incremental(request.build()), source, log);
            // Watching starts first, so that a file saved during the first build is rebuilt after it.
            SourceWatcher watcher = SourceWatcher.start(source, output, site::rebuild);
            site.build();
            return new ServeSession(server, watcher, log);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:4000/}. */
    public URI address() {
        return server.siteAddress();
    }

    /** Waits until the session is closed, from another thread or a shutdown hook. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops watching (after the build under way, if any) and serving. Closing twice does nothing. */
    @Override
    public void close() {
        if (!open.getAndSet(false)) {
            return;
        }
        URI address = address();
        try {
            watcher.close();
        } finally {
            server.close();
            // Before the waiting thread wakes and the caller goes on (Maven to the end of its build log).
            log.info("Stopped serving " + address);
            closed.countDown();
        }
    }

    /** The path the site is served under, as its config (or the base URL given) says; "" when that fails. */
    private static String basePath(Path source, Optional<String> baseUrl) {
        try {
            return new ConfigLoader().load(source, baseUrl).baseurl();
        } catch (SiteBuildException e) {
            // The first build reports the problem; the site is served at the root meanwhile.
            return "";
        }
    }
}

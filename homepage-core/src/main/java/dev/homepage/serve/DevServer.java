package dev.homepage.serve;

import com.sun.net.httpserver.HttpServer;
import dev.homepage.Problem;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The preview server: serves the output folder over HTTP, adds the live reload script to its HTML, and tells the
 * open pages about each build on {@link LiveReload#PATH}.
 */
final class DevServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService requests;
    private final LiveReload live;
    private final String basePath;
    // Fair, so that a waiting build is not held off by a stream of requests.
    private final ReadWriteLock outputLock = new ReentrantReadWriteLock(true);

    private DevServer(HttpServer http, ExecutorService requests, LiveReload live, String basePath) {
        this.http = http;
        this.requests = requests;
        this.live = live;
        this.basePath = basePath;
    }

    /**
     * Listens on the address and serves the output folder, which need not exist yet.
     *
     * @param basePath the path the site is served under, as the config's {@code baseurl}: "" or "/path"
     * @param port the port, or 0 for any free one
     * @throws BindException when the address cannot be listened on, usually because the port is taken
     */
    static DevServer start(Path outputDirectory, String basePath, String host, int port) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException("cannot listen on " + host + ": no such host");
        }
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (BindException e) {
            BindException named = new BindException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        }
        ExecutorService requests = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "homepage-serve-request");
            thread.setDaemon(true);
            return thread;
        });
        LiveReload live = new LiveReload();
        DevServer server = new DevServer(http, requests, live, basePath);
        OutputFolder folder = new OutputFolder(outputDirectory, basePath);
        http.createContext("/", new StaticFiles(folder, live, server.outputLock.readLock()));
        http.createContext(LiveReload.PATH, live);
        http.setExecutor(requests);
        http.start();
        return server;
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:4000/}. */
    URI siteAddress() {
        InetSocketAddress address = http.getAddress();
        try {
            return new URI("http", null, address.getAddress().getHostAddress(), address.getPort(), basePath + "/",
                    null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no URL for " + address, e);
        }
    }

    boolean isLoopback() {
        InetAddress address = http.getAddress().getAddress();
        return address.isLoopbackAddress();
    }

    /** Hold while changing the output folder: requests wait, so that no page is served half-written. */
    Lock outputWriteLock() {
        return outputLock.writeLock();
    }

    /** Tells the open pages that a build succeeded, so that they reload. */
    void built() {
        live.built();
    }

    /** Tells the open pages that a build failed, so that they show its problems. */
    void failed(List<Problem> problems) {
        live.failed(problems);
    }

    @Override
    public void close() {
        // The event streams first: stop() would otherwise wait for them to end.
        live.close();
        http.stop(0);
        requests.shutdownNow();
    }
}

package dev.homepage.maven;

import dev.homepage.BuildRequest;
import dev.homepage.serve.ServeLog;
import dev.homepage.serve.ServeRequest;
import dev.homepage.serve.ServeSession;
import java.io.IOException;
import java.net.BindException;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Runs a homepage-core serve session for the {@code serve} goal, until Maven is stopped. */
@Named
@Singleton
public class HomepageServer {

    /** The homepage-core entry point; tests stand in for it. */
    @FunctionalInterface
    interface Sessions {
        ServeSession start(ServeRequest request, ServeLog log) throws IOException;
    }

    private final Sessions sessions;

    @Inject
    public HomepageServer() {
        this(ServeSession::start);
    }

    HomepageServer(Sessions sessions) {
        this.sessions = sessions;
    }

    /**
     * Serves the homepage the settings describe and rebuilds it on every save; returns once the session is closed,
     * which Ctrl-C does (through a shutdown hook, so that the server and the watcher stop cleanly).
     *
     * @param settings what to build; {@code skip} does not apply, serving being asked for explicitly
     * @param host the address to listen on
     * @param port the port to listen on, 0 for any free one
     * @param log where to report each build
     * @throws MojoFailureException when the sources are missing, or the address cannot be listened on
     * @throws MojoExecutionException when the sources cannot be watched
     */
    public void serve(HomepageSettings settings, String host, int port, Log log)
            throws MojoExecutionException, MojoFailureException {
        ServeRequest request;
        try {
            request = new ServeRequest(settings.request(), host, port);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Cannot serve the homepage: " + e.getMessage() + " (homepage.port)", e);
        }
        ServeSession session;
        try {
            session = sessions.start(request, new MavenServeLog(log));
        } catch (BindException e) {
            throw new MojoFailureException("Cannot serve the homepage: " + e.getMessage() + ". Stop what uses the port,"
                    + " or choose another with -Dhomepage.port=<port> (0 for any free port).", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot serve the homepage: " + e, e);
        }
        Thread stop = new Thread(session::close, "homepage-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        log.info("Serving " + session.address() + " (Ctrl-C to stop)");
        try {
            session.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.close();
        } finally {
            removeShutdownHook(stop);
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is what closed the session: the JVM is stopping anyway.
        }
    }

    /** Maven's log as the serve session's. */
    private record MavenServeLog(Log log) implements ServeLog {

        @Override
        public void info(String message) {
            log.info(message);
        }

        @Override
        public void warn(String message) {
            log.warn(message);
        }

        @Override
        public void error(String message) {
            log.error(message);
        }
    }
}

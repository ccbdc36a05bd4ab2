package dev.homepage.serve;

import dev.homepage.BuildRequest;
import java.util.Objects;

/**
 * What to serve, and where.
 *
 * @param build the site to build and rebuild; its base URL, if any, tells the path the site is served under
 * @param host the address to listen on: a loopback address unless other machines must reach the preview
 * @param port the port to listen on, or 0 for any free port
 */
public record ServeRequest(BuildRequest build, String host, int port) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 4000;

    public ServeRequest {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("the port must be between 0 (any free port) and 65535, not " + port);
        }
    }
}

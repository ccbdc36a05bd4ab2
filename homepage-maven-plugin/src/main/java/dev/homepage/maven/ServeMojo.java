package dev.homepage.maven;

import dev.homepage.serve.ServeRequest;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves the homepage at {@code http://127.0.0.1:4000/} while you write it: builds it, then rebuilds it whenever a
 * source file or template is saved and reloads the pages open in the browser. When a build fails, its problems are
 * printed here and shown in the page, and the last build that succeeded stays served until the files are fixed.
 * Ctrl-C stops it. The output folder gets the same files as {@code generate} writes; the live reload script is
 * only added to the pages as they are served. It also runs without a project, e.g. in a folder holding a Jekyll
 * site.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractHomepageMojo {

    /**
     * The address to listen on. The default, the loopback address, keeps the preview on this machine; an address
     * other machines can reach, such as {@code 0.0.0.0}, shows them the site and its drafts (the goal warns).
     */
    @Parameter(property = "homepage.host", defaultValue = ServeRequest.DEFAULT_HOST, required = true)
    private String host;

    /** The port to listen on; 0 takes any free port, printed when serving starts. */
    @Parameter(property = "homepage.port", defaultValue = "" + ServeRequest.DEFAULT_PORT, required = true)
    private int port;

    private final HomepageServer server;

    @Inject
    public ServeMojo(HomepageServer server) {
        this.server = server;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        server.serve(settings(false), host, port, getLog());
    }
}

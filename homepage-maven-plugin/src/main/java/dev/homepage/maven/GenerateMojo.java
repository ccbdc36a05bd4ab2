package dev.homepage.maven;

import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the homepage: reads the Jekyll-style sources (a {@code _config.yml}, {@code _pages/}, collections such
 * as {@code _talks/} and {@code _publications/}, {@code _data/navigation.yml} and static files) and writes a static
 * site. Bound to the {@code site} phase; it also runs without a project, e.g. in a folder holding a Jekyll site.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = false)
public class GenerateMojo extends AbstractMojo {

    /**
     * The folder holding the homepage sources, the one with {@code _config.yml}. A relative path is resolved against
     * the project's base directory, or the current directory when there is no project.
     */
    @Parameter(property = "homepage.sourceDirectory", defaultValue = "${project.basedir}/src/homepage", required = true)
    private File sourceDirectory;

    /**
     * The folder the generated site is written to. A relative path is resolved against the project's base directory,
     * or the current directory when there is no project.
     */
    @Parameter(property = "homepage.outputDirectory", defaultValue = "${project.build.directory}/homepage", required = true)
    private File outputDirectory;

    /**
     * Overrides the site's {@code url} and {@code baseurl} from {@code _config.yml}: a full URL such as
     * {@code https://ada.example.org/lab} sets both, a path such as {@code /lab} sets {@code baseurl} alone. Useful
     * when the same sources are published at several addresses.
     */
    @Parameter(property = "homepage.baseUrl")
    private String baseUrl;

    /** Skips the homepage generation. */
    @Parameter(property = "homepage.skip", defaultValue = "false")
    private boolean skip;

    /** The project's folder, or the current folder when there is no project. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File basedir;

    private final HomepageBuilder builder;

    @Inject
    public GenerateMojo(HomepageBuilder builder) {
        this.builder = builder;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        builder.build(HomepageSettings.fromParameters(sourceDirectory, outputDirectory, baseUrl, skip, basedir), getLog());
    }
}

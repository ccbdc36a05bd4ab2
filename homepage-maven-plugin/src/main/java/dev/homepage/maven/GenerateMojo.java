package dev.homepage.maven;

import javax.inject.Inject;
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
public class GenerateMojo extends AbstractHomepageMojo {

    /** Skips the homepage generation. */
    @Parameter(property = "homepage.skip", defaultValue = "false")
    private boolean skip;

    private final HomepageBuilder builder;

    @Inject
    public GenerateMojo(HomepageBuilder builder) {
        this.builder = builder;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        builder.build(settings(skip), getLog());
    }
}

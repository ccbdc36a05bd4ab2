package dev.homepage.maven;

import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the homepage, as the {@code generate} goal does, then checks it: every internal link, image and
 * {@code #anchor} must resolve, no page may be empty, and text garbled by a wrong encoding (such as {@code üî•} for
 * 🔥) is reported with its fix. Prints one line per finding, {@code file:line: message}, naming the source file to
 * fix, and fails the build on errors.
 *
 * <p>Bound to the {@code verify} phase, so that {@code mvn verify} fails on a broken homepage. The goal builds the
 * site itself rather than reading one the {@code site} phase made, since that phase runs in another lifecycle,
 * after {@code verify}, if at all; building first is also what tells it the source file of each page.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractHomepageMojo {

    /**
     * Fails the build on warnings too (text saved with the wrong encoding), not only on errors (broken links,
     * missing images and anchors, empty pages).
     */
    @Parameter(property = "homepage.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /** Skips the check, and the build it makes first. */
    @Parameter(property = "homepage.skip", defaultValue = "false")
    private boolean skip;

    private final HomepageChecker checker;

    @Inject
    public CheckMojo(HomepageChecker checker) {
        this.checker = checker;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        checker.check(settings(skip), failOnWarnings, getLog());
    }
}

package dev.homepage.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal that builds the homepage takes: where the sources are, and where the site goes. */
public abstract class AbstractHomepageMojo extends AbstractMojo {

    /**
     * The folder holding the homepage sources, the one with {@code _config.yml}. A relative path is resolved against
     * the project's base directory, or the current directory when there is no project. When the default folder does
     * not exist and the base directory itself holds a {@code _config.yml} (a Jekyll site), that is the source.
     */
    @Parameter(property = "homepage.sourceDirectory", defaultValue = "${project.basedir}/src/homepage", required = true)
    private File sourceDirectory;

    /**
     * The folder the generated site is written to. A relative path is resolved against the project's base directory,
     * or the current directory when there is no project. The build replaces this folder whole, so it must be new,
     * empty, or hold an earlier build of homepage; any other folder is refused.
     */
    // Text, not a File: Maven would turn an empty -Dhomepage.outputDirectory= into the project's own folder.
    @Parameter(property = "homepage.outputDirectory", defaultValue = "${project.build.directory}/homepage", required = true)
    private String outputDirectory;

    /**
     * Where a build keeps the bodies it rendered, so that the next run renders only the pages whose sources
     * changed. Deleting it (as {@code mvn clean} does) only makes the next build render everything.
     */
    @Parameter(property = "homepage.cacheDirectory", defaultValue = "${project.build.directory}/homepage-cache")
    private File cacheDirectory;

    /**
     * Overrides the site's {@code url} and {@code baseurl} from {@code _config.yml}: a full URL such as
     * {@code https://ada.example.org/lab} sets both, a path such as {@code /lab} sets {@code baseurl} alone. Useful
     * when the same sources are published at several addresses.
     */
    @Parameter(property = "homepage.baseUrl")
    private String baseUrl;

    /**
     * The time the build stands for, as Maven's reproducible builds set it: an ISO-8601 time such as
     * {@code 2026-11-22T00:00:00Z}, or seconds since 1970. It dates the CV's PDF, so that two builds give the same
     * bytes; without it the {@code SOURCE_DATE_EPOCH} environment variable is used, and without either the PDF
     * carries no date. Never the wall clock.
     */
    @Parameter(property = "homepage.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** The project's folder, or the current folder when there is no project. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File basedir;

    /** The settings of these parameters; {@code skip} is the goal's own, as not every goal can be skipped. */
    protected HomepageSettings settings(boolean skip) {
        return HomepageSettings.fromParameters(sourceDirectory, outputDirectory, cacheDirectory, baseUrl, skip,
                basedir, outputTimestamp, System.getenv("SOURCE_DATE_EPOCH"));
    }
}

package dev.homepage.maven;

import dev.homepage.BuildRequest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The parameters of one homepage generation, as the goal was configured.
 *
 * @param sourceDirectory the folder holding the homepage sources
 * @param outputDirectory the folder the site is written to
 * @param baseUrl the base URL overriding the one of the site's config, if any
 * @param skip whether to do nothing
 * @param cacheDirectory where builds keep what they rendered for the builds of later runs, if anywhere
 */
public record HomepageSettings(Path sourceDirectory, Path outputDirectory, Optional<String> baseUrl, boolean skip,
        Optional<Path> cacheDirectory) {

    private static final String UNEXPANDED_BASEDIR = "${project.basedir}";

    /**
     * The settings of the goal's parameters. Run without a pom, Maven's stand-in project leaves
     * {@code ${project.basedir}} unexpanded in the defaults (giving {@code ./${project.basedir}/target/homepage});
     * it stands for the folder Maven runs in, so it is expanded here against {@code basedir}.
     */
    static HomepageSettings fromParameters(File sourceDirectory, File outputDirectory, File cacheDirectory,
            String baseUrl, boolean skip, File basedir) {
        return new HomepageSettings(expand(sourceDirectory, basedir), expand(outputDirectory, basedir),
                Optional.ofNullable(baseUrl), skip,
                Optional.ofNullable(cacheDirectory).map(folder -> expand(folder, basedir)));
    }

    /**
     * The build these settings ask for, with absolute folders.
     *
     * @throws MojoFailureException when the source folder does not exist, saying how to point at the right one
     */
    BuildRequest request() throws MojoFailureException {
        Path source = sourceDirectory.toAbsolutePath();
        if (!Files.isDirectory(source)) {
            throw new MojoFailureException("No homepage source folder at " + source
                    + ". Set -Dhomepage.sourceDirectory=<folder> (or <sourceDirectory> in the plugin configuration)"
                    + " to the folder holding _config.yml.");
        }
        BuildRequest request = new BuildRequest(source, outputDirectory.toAbsolutePath(), baseUrl);
        return cacheDirectory.map(folder -> request.withCache(folder.toAbsolutePath())).orElse(request);
    }

    private static Path expand(File folder, File basedir) {
        String path = folder.getPath();
        int at = path.indexOf(UNEXPANDED_BASEDIR);
        if (at < 0) {
            return folder.toPath();
        }
        String rest = path.substring(at + UNEXPANDED_BASEDIR.length()).replaceFirst("^[/\\\\]+", "");
        return basedir.toPath().resolve(rest);
    }
}

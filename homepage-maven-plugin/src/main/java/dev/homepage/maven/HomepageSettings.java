package dev.homepage.maven;

import dev.homepage.BuildRequest;
import dev.homepage.SiteBuildException;
import dev.homepage.config.ConfigLoader;
import dev.homepage.output.OutputOwnership;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * @param buildTime the time of the build's clock, as Maven's {@code project.build.outputTimestamp} or
 *     {@code SOURCE_DATE_EPOCH} give it (seconds since 1970, or an ISO-8601 time), if any
 */
public record HomepageSettings(Path sourceDirectory, Path outputDirectory, Optional<String> baseUrl, boolean skip,
        Optional<Path> cacheDirectory, Optional<String> buildTime) {

    public HomepageSettings(Path sourceDirectory, Path outputDirectory, Optional<String> baseUrl, boolean skip,
            Optional<Path> cacheDirectory) {
        this(sourceDirectory, outputDirectory, baseUrl, skip, cacheDirectory, Optional.empty());
    }

    private static final String UNEXPANDED_BASEDIR = "${project.basedir}";
    private static final String DEFAULT_SOURCE = "src/homepage";

    /**
     * The settings of the goal's parameters. Run without a pom, Maven's stand-in project leaves
     * {@code ${project.basedir}} unexpanded in the defaults (giving {@code ./${project.basedir}/target/homepage});
     * it stands for the folder Maven runs in, so it is expanded here against {@code basedir}.
     */
    /**
     * @param outputTimestamp the project's {@code project.build.outputTimestamp}; null, or left unexpanded
     *     without a pom, when there is none
     * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} environment variable, used when the project has no
     *     output timestamp; null when unset
     */
    static HomepageSettings fromParameters(File sourceDirectory, String outputDirectory, File cacheDirectory,
            String baseUrl, boolean skip, File basedir, String outputTimestamp, String sourceDateEpoch) {
        Optional<String> buildTime = Optional.ofNullable(outputTimestamp).map(String::strip)
                .filter(value -> value.length() > 1 && !value.startsWith("${"))
                .or(() -> Optional.ofNullable(sourceDateEpoch).map(String::strip).filter(value -> !value.isEmpty()));
        // A blank output stays blank, for the generator to refuse: resolved, it would be the project's folder.
        Path output = outputDirectory.isBlank() ? Path.of("")
                : basedir.toPath().resolve(expand(new File(outputDirectory), basedir));
        return new HomepageSettings(source(expand(sourceDirectory, basedir), basedir), output,
                Optional.ofNullable(baseUrl), skip,
                Optional.ofNullable(cacheDirectory).map(folder -> expand(folder, basedir)), buildTime);
    }

    /**
     * The build these settings ask for, with absolute folders.
     *
     * @throws MojoFailureException when the source folder does not exist, or no output folder is set, saying how to
     *     point at the right one
     */
    BuildRequest request() throws MojoFailureException {
        Path source = sourceDirectory.toAbsolutePath();
        if (!Files.isDirectory(source)) {
            throw new MojoFailureException("No homepage source folder at " + source
                    + ". Set -Dhomepage.sourceDirectory=<folder> (or <sourceDirectory> in the plugin configuration)"
                    + " to the folder holding _config.yml.");
        }
        try {
            // Refused here, before serve starts serving the folder it names.
            OutputOwnership.requireNamed(outputDirectory);
        } catch (SiteBuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        BuildRequest plain = new BuildRequest(source, outputDirectory, baseUrl);
        BuildRequest request = buildTime.isPresent() ? plain.withBuildTime(instantOf(buildTime.get())) : plain;
        return cacheDirectory.map(folder -> request.withCache(folder.toAbsolutePath())).orElse(request);
    }

    /** Maven's reading of an output timestamp: seconds since 1970, or an ISO-8601 time with its offset. */
    static Instant instantOf(String timestamp) throws MojoFailureException {
        try {
            return timestamp.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(timestamp))
                    : OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            throw new MojoFailureException("The build time '" + timestamp + "' (project.build.outputTimestamp or"
                    + " SOURCE_DATE_EPOCH) is neither seconds since 1970 nor an ISO-8601 time such as"
                    + " 2026-11-22T00:00:00Z: correct it, or remove it and the CV's PDF carries no date.");
        }
    }

    /**
     * The source folder: the one given, except that the default, {@code src/homepage}, gives way to the folder Maven
     * runs in when that folder has no {@code src/homepage} but a {@code _config.yml}, as a Jekyll site has. So
     * {@code mvn homepage:generate} inside such a site needs no parameter.
     */
    private static Path source(Path given, File basedir) {
        Path folder = basedir.toPath();
        boolean theDefault = given.equals(folder.resolve(DEFAULT_SOURCE));
        try {
            if (theDefault && !Files.isDirectory(given) && ConfigLoader.configFile(folder).isPresent()) {
                return folder;
            }
        } catch (IOException e) {
            // A folder that cannot be listed is no Jekyll site to fall back on; the build then says what it misses.
        }
        return given;
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

package dev.homepage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build.
 *
 * @param sourceDirectory the folder holding the homepage sources (a Jekyll-style layout)
 * @param outputDirectory the folder the site is written to
 * @param baseUrl overrides the config: a full URL ("https://ada.example.org/lab") sets {@code url} and
 *     {@code baseurl}; a path ("/lab") sets {@code baseurl} alone
 * @param progress hears of each phase as it ends
 * @param cacheDirectory where the build keeps what it rendered for the next build, even in another run (such as
 *     {@code target/homepage-cache}); none when empty
 * @param forPublishing whether the site is built to be published (as {@code generate} does), not previewed (as
 *     {@code serve} does): only then is a placeholder address such as {@code https://example.org} worth a warning
 * @param buildTime the time the build stands for, from the build's clock (Maven's
 *     {@code project.build.outputTimestamp}, {@code SOURCE_DATE_EPOCH}), never the wall clock: the dates of a
 *     CV's PDF; none when empty, and the PDF then carries no date
 */
public record BuildRequest(Path sourceDirectory, Path outputDirectory, Optional<String> baseUrl,
        BuildProgress progress, Optional<Path> cacheDirectory, boolean forPublishing, Optional<Instant> buildTime) {

    public BuildRequest {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(buildTime, "buildTime");
        baseUrl = baseUrl.filter(url -> !url.isBlank());
    }

    public BuildRequest(Path sourceDirectory, Path outputDirectory, Optional<String> baseUrl) {
        this(sourceDirectory, outputDirectory, baseUrl, BuildProgress.SILENT, Optional.empty(), false,
                Optional.empty());
    }

    /** The same request, reporting its phases to the given listener. */
    public BuildRequest withProgress(BuildProgress listener) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, listener, cacheDirectory, forPublishing,
                buildTime);
    }

    /** The same request, keeping what it renders in the given folder for the builds of later runs. */
    public BuildRequest withCache(Path folder) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, progress, Optional.of(folder),
                forPublishing, buildTime);
    }

    /** The same request, for a site to be published. */
    public BuildRequest publishing() {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, progress, cacheDirectory, true,
                buildTime);
    }

    /** The same request, dating what carries a date (a CV's PDF) at the given time of the build's clock. */
    public BuildRequest withBuildTime(Instant time) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, progress, cacheDirectory, forPublishing,
                Optional.of(time));
    }

    public BuildRequest(Path sourceDirectory, Path outputDirectory) {
        this(sourceDirectory, outputDirectory, Optional.empty());
    }
}

package dev.homepage;

import java.nio.file.Path;
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
 */
public record BuildRequest(Path sourceDirectory, Path outputDirectory, Optional<String> baseUrl,
        BuildProgress progress) {

    public BuildRequest {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(progress, "progress");
        baseUrl = baseUrl.filter(url -> !url.isBlank());
    }

    public BuildRequest(Path sourceDirectory, Path outputDirectory, Optional<String> baseUrl) {
        this(sourceDirectory, outputDirectory, baseUrl, BuildProgress.SILENT);
    }

    /** The same request, reporting its phases to the given listener. */
    public BuildRequest withProgress(BuildProgress listener) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, listener);
    }

    public BuildRequest(Path sourceDirectory, Path outputDirectory) {
        this(sourceDirectory, outputDirectory, Optional.empty());
    }
}

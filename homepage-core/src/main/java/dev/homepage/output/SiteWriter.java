package dev.homepage.output;

import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the finished site into the output folder, and nowhere else. Every target is worked out and checked
 * first (inside the output folder, claimed by one source only) so that a bad permalink stops the build before a
 * file is written; files whose content is unchanged are left alone.
 */
public final class SiteWriter {

    /**
     * What was written.
     *
     * @param pagesWritten the pages written (unchanged ones included)
     * @param filesCopied the static files and theme assets copied (unchanged ones included)
     * @param sources every file of the site, relative to the output folder, and the source it was made from
     */
    public record Written(int pagesWritten, int filesCopied, Map<Path, Path> sources) {
    }

    private final Path outputDirectory;

    public SiteWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /**
     * The file a URL is written to: {@code /talks/} and {@code /talks/my-talk} to {@code talks/index.html} and
     * {@code talks/my-talk/index.html}, so that extensionless links work on every static host; a URL naming a
     * file ({@code /cv.html}, {@code /feed.xml}) to that file. Empty when the URL would leave the output folder.
     */
    public Optional<Path> fileFor(String url) {
        String path = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            path = (path.endsWith("/") ? path : path + "/") + "index.html";
        }
        Path target = outputDirectory.resolve(path.replaceFirst("^/+", "")).normalize();
        return target.startsWith(outputDirectory) && !target.equals(outputDirectory) ? Optional.of(target)
                : Optional.empty();
    }

    public Written write(List<OutputPage> pages, Path sourceDirectory, List<Path> staticFiles, ThemeAssets theme,
            Problems problems) throws IOException, SiteBuildException {
        Map<Path, Path> claims = new HashMap<>();
        Map<Path, OutputPage> pageTargets = new HashMap<>();
        for (OutputPage page : pages) {
            Optional<Path> target = fileFor(page.url());
            if (target.isEmpty()) {
                problems.error(page.source(), 0, "the permalink '" + page.url() + "' points outside the output"
                        + " folder: use a path such as /talks/my-talk/");
            } else if (claim(claims, target.get(), page.source(), problems)) {
                pageTargets.put(target.get(), page);
            }
        }
        Map<Path, Path> copies = new HashMap<>();
        for (Path file : staticFiles) {
            Path target = outputDirectory.resolve(file.toString()).normalize();
            if (claim(claims, target, file, problems)) {
                copies.put(target, sourceDirectory.resolve(file));
            }
        }
        for (String asset : theme.files()) {
            Path target = outputDirectory.resolve(ThemeAssets.OUTPUT_FOLDER).resolve(asset).normalize();
            if (claim(claims, target, Path.of("theme asset " + asset), problems)) {
                copies.put(target, null);
            }
        }
        problems.throwIfErrors();
        try {
            pageTargets.entrySet().parallelStream().forEach(entry ->
                    writeIfChanged(entry.getKey(), entry.getValue().html().getBytes(StandardCharsets.UTF_8)));
            copies.entrySet().parallelStream().forEach(entry -> {
                if (entry.getValue() == null) {
                    Path relative = outputDirectory.resolve(ThemeAssets.OUTPUT_FOLDER).relativize(entry.getKey());
                    writeIfChanged(entry.getKey(), theme.read(relative.toString().replace('\\', '/')));
                } else {
                    copyIfChanged(entry.getValue(), entry.getKey());
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<Path, Path> sources = new HashMap<>();
        claims.forEach((target, source) -> sources.put(outputDirectory.relativize(target), source));
        return new Written(pageTargets.size(), copies.size(), Map.copyOf(sources));
    }

    private boolean claim(Map<Path, Path> claims, Path target, Path source, Problems problems) {
        Path earlier = claims.putIfAbsent(target, source);
        if (earlier != null) {
            problems.error(source, 0, "writes " + outputDirectory.relativize(target) + ", which " + earlier
                    + " writes too: give one of them another permalink");
            return false;
        }
        return true;
    }

    private static void writeIfChanged(Path target, byte[] content) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyIfChanged(Path source, Path target) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == Files.size(source)
                    && Files.getLastModifiedTime(target).equals(Files.getLastModifiedTime(source))) {
                return;
            }
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

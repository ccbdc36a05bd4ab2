package dev.homepage.output;

import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import dev.homepage.content.Permalinks;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the finished site into the output folder, and nowhere else. Every target is worked out and checked
 * first (inside the output folder, claimed by one source only) so that a bad permalink stops the build before a
 * file is written. The new site is put together in a staging folder beside the output and swapped into place
 * only when all of it is written, so that a build that fails or is killed leaves the previous site as it was;
 * files whose content is unchanged are hard links to the previous ones rather than new writes.
 *
 * <p>A writer that wrote the output folder before, and knows what each file holds, updates it in place instead:
 * {@code serve} rebuilds after a save change a few files of thousands, and waiting for the whole site to be
 * staged again would take longer than the rebuild.
 */
public final class SiteWriter {

    /**
     * What was written.
     *
     * @param pagesWritten the pages written (unchanged ones included)
     * @param filesCopied the other files: static files and theme assets copied, files the build made (a CV's PDF,
     *     smaller copies of images), unchanged ones included
     * @param sources every file of the site, relative to the output folder, and the source it was made from
     */
    public record Written(int pagesWritten, int filesCopied, Map<Path, Path> sources) {
    }

    private final Path outputDirectory;
    private final Path staging;
    private final Path previous;
    /** The file of each URL this writer was asked for: a rebuild asks for the same again. */
    private final Map<String, Optional<Path>> files = new ConcurrentHashMap<>();
    private final OutputClaims claims;
    /** What the output folder holds, by file, as this writer's last write left it; empty when not known. */
    private Map<Path, OutputContent> written = Map.of();

    public SiteWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
        this.staging = sibling("staging");
        this.previous = sibling("previous");
        this.claims = new OutputClaims(this.outputDirectory, this::fileFor);
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    /** Whether the output folder still holds what this writer last wrote, as far as it can tell. */
    public boolean holdsLastWrite() {
        return !written.isEmpty() && Files.isDirectory(outputDirectory, LinkOption.NOFOLLOW_LINKS);
    }

    /** Removes what a killed build may have left beside the output: only the two folders this class names. */
    public void removeLeftovers() throws IOException {
        FileTasks.deleteTree(staging);
        FileTasks.deleteTree(previous);
    }

    private Path sibling(String role) {
        return besideOutput(outputDirectory, role);
    }

    /**
     * A file or folder beside the output, named after it. The leading dot keeps it out of the site and out of
     * serve's watch when the output lies inside the sources, as Jekyll's _site does.
     */
    static Path besideOutput(Path outputDirectory, String role) {
        Path output = outputDirectory.toAbsolutePath().normalize();
        return output.resolveSibling("." + output.getFileName() + ".homepage-" + role);
    }

    /**
     * The file a URL is written to ({@link Permalinks#fileOf}): {@code /talks/} and {@code /talks/my-talk} to
     * {@code talks/index.html} and {@code talks/my-talk/index.html}, so that extensionless links work on every
     * static host; a URL naming a file ({@code /cv.html}, {@code /feed.xml}) to that file. Empty when the URL
     * names no file the output folder may hold ({@link Permalinks#unwritable says why}).
     */
    public Optional<Path> fileFor(String url) {
        return files.computeIfAbsent(url, this::resolve);
    }

    private Optional<Path> resolve(String url) {
        if (Permalinks.unwritable(url).isPresent()) {
            return Optional.empty();
        }
        Path target = outputDirectory.resolve(Permalinks.fileOf(Permalinks.decode(url))).normalize();
        return target.startsWith(outputDirectory) && !target.equals(outputDirectory) ? Optional.of(target)
                : Optional.empty();
    }

    /**
     * Writes the site. The first write of a writer puts the whole site together in the staging folder; a later
     * one, into an output folder this writer left as it knows, writes only the files whose content changed and
     * deletes those the site no longer has, as a rebuild of {@code serve} needs. Either holds the output's lock
     * while it writes: a second build stops instead of writing the same folders.
     */
    public Written write(List<OutputPage> pages, Path sourceDirectory, List<Path> staticFiles, ThemeAssets theme,
            Problems problems) throws IOException, SiteBuildException {
        List<String> themeFiles = theme.files();
        OutputClaims.Claimed claimed = claims.claim(pages, staticFiles, themeFiles);
        problems.addAll(claimed.problems());
        problems.throwIfErrors();
        Map<Path, OutputContent> contents = new HashMap<>();
        int pageCount = 0;
        for (int i = 0; i < pages.size(); i++) {
            Path target = claimed.pageTargets().get(i);
            if (target != null) {
                OutputPage page = pages.get(i);
                contents.put(target, page.binary() ? OutputContent.Binary.of(page.content())
                        : new OutputContent.Page(page.content()));
                pageCount += page.binary() ? 0 : 1;
            }
        }
        for (int i = 0; i < staticFiles.size(); i++) {
            Path target = claimed.staticTargets().get(i);
            if (target != null) {
                contents.put(target, OutputContent.CopiedFile.of(sourceDirectory.resolve(staticFiles.get(i))));
            }
        }
        for (int i = 0; i < themeFiles.size(); i++) {
            Path target = claimed.themeTargets().get(i);
            if (target != null) {
                contents.put(target, new OutputContent.ThemeFile(themeFiles.get(i)));
            }
        }
        try (OutputLock lock = OutputLock.acquire(outputDirectory)) {
            boolean inPlace = holdsLastWrite();
            Map<Path, OutputContent> before = written;
            // Until this write succeeds, what the output folder holds is not known for sure.
            written = Map.of();
            if (inPlace) {
                update(before, contents, theme);
            } else {
                writeStaged(contents, theme);
            }
            written = contents;
        }
        return new Written(pageCount, contents.size() - pageCount, claimed.sources());
    }

    private void writeStaged(Map<Path, OutputContent> contents, ThemeAssets theme) throws IOException {
        removeLeftovers();
        try {
            FileTasks.forEach(contents.entrySet(), entry -> {
                if (entry.getValue() instanceof OutputContent.CopiedFile copy) {
                    stageCopy(copy.source(), entry.getKey());
                } else {
                    stage(entry.getKey(), OutputContent.bytesOf(entry.getValue(), theme));
                }
            });
        } catch (IOException e) {
            FileTasks.deleteTree(staging);
            throw e;
        }
        Files.createDirectories(staging);
        Files.write(staged(outputDirectory.resolve(OutputOwnership.MARKER)), markerOf(contents));
        swapIntoPlace();
    }

    /**
     * Brings the output folder from what this writer last wrote to the new contents, in place: the files the
     * site no longer has are deleted (and the folders they leave empty), the changed ones written.
     */
    private void update(Map<Path, OutputContent> before, Map<Path, OutputContent> contents, ThemeAssets theme)
            throws IOException {
        for (Path stale : before.keySet()) {
            if (!contents.containsKey(stale)) {
                Files.deleteIfExists(stale);
                removeEmptyFolders(stale.getParent());
            }
        }
        if (!before.keySet().equals(contents.keySet())) {
            Files.write(outputDirectory.resolve(OutputOwnership.MARKER), markerOf(contents));
        }
        List<Map.Entry<Path, OutputContent>> changed = contents.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(before.get(entry.getKey()))).toList();
        FileTasks.forEach(changed, entry -> {
            Files.createDirectories(entry.getKey().getParent());
            if (entry.getValue() instanceof OutputContent.CopiedFile copy) {
                Files.copy(copy.source(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            } else {
                Files.write(entry.getKey(), OutputContent.bytesOf(entry.getValue(), theme));
            }
        });
    }

    /** The list of the files written, which tells the next build that the output folder is its to replace. */
    private byte[] markerOf(Map<Path, OutputContent> contents) {
        return OutputOwnership.marker(contents.keySet().stream().map(outputDirectory::relativize).toList());
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        Path current = folder;
        while (current.startsWith(outputDirectory) && !current.equals(outputDirectory) && isEmptyFolder(current)) {
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** The staging file standing for a target in the output folder. */
    private Path staged(Path target) {
        return staging.resolve(outputDirectory.relativize(target).toString());
    }

    /** Stages a file's content: a link to the previous file when it holds the same bytes, else a new file. */
    private void stage(Path target, byte[] content) throws IOException {
        Path staged = staged(target);
        Files.createDirectories(staged.getParent());
        boolean unchanged = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.size(target) == content.length && Arrays.equals(Files.readAllBytes(target), content);
        if (!unchanged || !linked(staged, target)) {
            Files.write(staged, content);
        }
    }

    /** Stages a copied file: a link to the previous copy when the source has not changed since, else a copy. */
    private void stageCopy(Path source, Path target) throws IOException {
        Path staged = staged(target);
        Files.createDirectories(staged.getParent());
        boolean unchanged = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.size(target) == Files.size(source)
                && Files.getLastModifiedTime(target).equals(Files.getLastModifiedTime(source));
        if (!unchanged || !linked(staged, target)) {
            Files.copy(source, staged, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Hard-links a staged file to the previous one; false where the file system has no hard links. */
    private static boolean linked(Path staged, Path previousFile) {
        try {
            Files.createLink(staged, previousFile);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Replaces the output folder by the staging folder with two renames, then removes the previous site. */
    private void swapIntoPlace() throws IOException {
        if (Files.exists(outputDirectory, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(outputDirectory, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
        FileTasks.deleteTree(previous);
    }
}

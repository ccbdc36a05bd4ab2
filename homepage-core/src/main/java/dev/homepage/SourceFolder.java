package dev.homepage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The source folder, and the one way into it that every reader takes: pages, data and copied files, includes,
 * files included by relative path, the bibliography, citation counts, templates and the config. A path that leads
 * out of the folder, by {@code ..} or through a symbolic link, is not read, and every reader says so in the same
 * words ({@link #OUTSIDE}): a file kept elsewhere on the machine (a password file linked as an include) never
 * reaches the site. Links that stay inside the folder are followed.
 */
public final class SourceFolder {

    /** What is said of a path that leads out of the source folder, wherever it is met. */
    public static final String OUTSIDE = "leads outside the source folder (through a symbolic link or ..), and"
            + " homepage reads no file outside it: put the file itself in the source folder";

    /** A path that leads out of the source folder; its message names it, relative to the folder. */
    public static final class OutsideException extends IOException {
        private final Path path;

        OutsideException(Path path) {
            super(path + " " + OUTSIDE);
            this.path = path;
        }

        /** The path that leads out, relative to the source folder. */
        public Path path() {
            return path;
        }
    }

    private final Path root;
    private Path realRoot;

    public SourceFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * The file at a path relative to the source folder.
     *
     * @return the absolute file; empty when there is no file there (nothing, a folder, or a link to nothing)
     * @throws OutsideException when the path, or a link on it, leads out of the source folder
     */
    public Optional<Path> file(Path relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new OutsideException(relative.normalize());
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException dangling) {
            return Optional.empty();
        }
        if (!real.startsWith(realRoot())) {
            throw new OutsideException(root.relativize(file));
        }
        return Files.isRegularFile(real) ? Optional.of(file) : Optional.empty();
    }

    /** The file at a path relative to the source folder; one that leads out of it is warned of and left out. */
    public Optional<Path> file(Path relative, Problems problems) throws IOException {
        try {
            return file(relative);
        } catch (OutsideException e) {
            problems.warn(e.path(), 0, OUTSIDE);
            return Optional.empty();
        }
    }

    /**
     * The files under a folder of the sources (or the file itself, if it is one), relative to the source folder
     * and in path order; those that lead out of it are warned of and left out. Links to folders are not followed.
     */
    public List<Path> files(Path relative, Problems problems) throws IOException {
        Path start = root.resolve(relative).normalize();
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            return file(relative, problems).map(root::relativize).stream().toList();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(start)) {
            for (Path path : walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
                file(root.relativize(path), problems).ifPresent(file -> files.add(root.relativize(file)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(Comparator.comparing(Path::toString));
        return List.copyOf(files);
    }

    /** The source folder once links are followed; it is asked for only when a link has to be checked. */
    private synchronized Path realRoot() throws IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return realRoot;
    }
}

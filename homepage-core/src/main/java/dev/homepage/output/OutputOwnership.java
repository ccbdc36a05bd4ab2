package dev.homepage.output;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which folder a build may take as its output. A build replaces its output folder whole, so it takes only a folder
 * that does not exist yet, is empty, or holds nothing but what an earlier build wrote, as the list that build left
 * in it ({@value #MARKER}) says. Anything else is refused before a byte is written, with the reason and the way
 * out: a folder holding other files (they would be deleted), no folder named at all (the current folder would be
 * taken), a file, a symbolic link, the sources or a folder holding them, and a folder inside the sources that the
 * site reads (its files would be deleted, and read back as sources).
 */
public final class OutputOwnership {

    /** The file, in the output folder, that lists what the build wrote there. */
    public static final String MARKER = ".homepage-output";

    /** The marker's first line: a marker without it is not one of ours. */
    static final String HEADER = "Written by homepage, which replaces this folder whole at each build and refuses"
            + " to if it holds a file not listed below.";

    private static final int FILES_NAMED = 5;
    /** A file every site of homepage's has: among unlisted files, the sign of a build from before the list. */
    private static final Path THEME_STYLESHEET = Path.of(ThemeAssets.OUTPUT_FOLDER, "homepage.css");
    private static final String CHOOSE_ANOTHER = "choose another outputDirectory (homepage.outputDirectory), such"
            + " as target/homepage";

    private OutputOwnership() {
    }

    /**
     * Refuses an output folder the build may not replace.
     *
     * @param source the source folder, absolute and normalized
     * @param output the output folder as given, before it is made absolute
     * @param readAsSource whether the site reads what lies in a folder, given relative to the source folder
     * @param knownToWriter whether the output folder holds what this generator last wrote there (so it need not
     *     be looked through again)
     */
    public static void check(Path source, Path output, Predicate<Path> readAsSource, boolean knownToWriter)
            throws SiteBuildException, IOException {
        requireNamed(output);
        Path folder = output.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(folder)) {
            throw refused(folder, "the output folder is a symbolic link: the build replaces the output folder whole,"
                    + " so point outputDirectory (homepage.outputDirectory) at a real folder, such as target/homepage");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(folder, "the output is a file, not a folder, and the build would replace it by a folder: "
                    + CHOOSE_ANOTHER);
        }
        Path realSource = source.toRealPath();
        Path realOutput = realPathOf(folder);
        if (source.startsWith(folder) || realSource.startsWith(realOutput)) {
            throw refused(folder, "the output folder is, or contains, the source folder: choose an output folder such"
                    + " as target/homepage, so that the sources are never overwritten");
        }
        Path inside = folder.startsWith(source) ? source.relativize(folder)
                : realOutput.startsWith(realSource) ? realSource.relativize(realOutput) : null;
        if (inside != null && readAsSource.test(inside)) {
            throw refused(folder, "the output folder lies among the sources the site reads (" + inside.getName(0)
                    + "/), whose files the build would delete and read back: " + CHOOSE_ANOTHER + ", or a folder the"
                    + " site does not read, such as target/ or _site/ (names in exclude: and names starting with _"
                    + " or . are not read)");
        }
        if (!knownToWriter && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> foreign = foreignFiles(folder);
            if (foreign.contains(THEME_STYLESHEET)) {
                throw refused(folder, "the output folder has no list of the files homepage wrote, but holds "
                        + describe(foreign) + ": it looks like the site of a homepage from before it kept one, but"
                        + " the build replaces the folder whole, so it takes no folder it cannot tell is its own:"
                        + " delete this folder once (mvn clean deletes target/)");
            }
            if (!foreign.isEmpty()) {
                throw refused(folder, "the output folder holds " + describe(foreign) + ", which homepage did not"
                        + " write; the build replaces the folder whole and would delete them: " + CHOOSE_ANOTHER
                        + ", or move these files out of it (a file the site should have belongs in the sources)");
            }
        }
    }

    /**
     * Refuses an output left blank, as {@code -Dhomepage.outputDirectory=} leaves it: made absolute, it would be
     * the current folder.
     */
    public static void requireNamed(Path output) throws SiteBuildException {
        if (output.toString().isBlank()) {
            throw refused(Path.of("homepage.outputDirectory"), "no output folder is set, and the current folder would"
                    + " be replaced by the site: set outputDirectory (homepage.outputDirectory) to a folder of its own,"
                    + " such as target/homepage");
        }
    }

    /** The marker listing the files of a build, relative to the output folder, in path order. */
    static byte[] marker(Collection<Path> files) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        files.stream().map(OutputOwnership::line).sorted().forEach(line -> text.append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The files of the folder (not its folders) that the marker does not list, in path order. */
    private static List<Path> foreignFiles(Path folder) throws IOException {
        Set<String> written = written(folder.resolve(MARKER));
        List<Path> foreign = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).map(folder::relativize)
                    .filter(file -> !written.contains(line(file))).sorted().forEach(foreign::add);
        }
        return foreign;
    }

    /** What the marker lists, and the marker itself; nothing when there is no marker of homepage's. */
    private static Set<String> written(Path marker) throws IOException {
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Set.of();
        }
        Set<String> written = new HashSet<>(lines.subList(1, lines.size()));
        written.add(MARKER);
        return written;
    }

    /** A file as the marker lists it: its path with "/" between folders, line ends and "%" escaped. */
    private static String line(Path file) {
        return file.toString().replace('\\', '/').replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String describe(List<Path> files) {
        String named = files.stream().limit(FILES_NAMED).map(Path::toString).collect(Collectors.joining(", "));
        int more = files.size() - FILES_NAMED;
        return (files.size() == 1 ? "the file " : files.size() + " files: ") + named
                + (more > 0 ? " and " + more + " more" : "");
    }

    /** The real path of a folder that may not exist yet: that of its nearest existing parent, plus the rest. */
    private static Path realPathOf(Path folder) throws IOException {
        Path existing = folder;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing.toRealPath().resolve(existing.relativize(folder));
    }

    private static SiteBuildException refused(Path folder, String message) {
        return new SiteBuildException(List.of(new Problem(folder, message)));
    }
}

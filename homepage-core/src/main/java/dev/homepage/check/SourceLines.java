package dev.homepage.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text of the source files, line by line, and where in them something found in the output was written.
 * Read once per check, by one thread.
 */
final class SourceLines {

    /**
     * A place in the sources.
     *
     * @param file relative to the source folder
     * @param line 1-based, or 0 when the text was not found
     */
    record Location(Path file, int line) {
    }

    private final Path sourceDirectory;
    private final List<Path> sharedFiles;
    private final Map<Path, List<String>> lines = new HashMap<>();

    /**
     * @param sourceDirectory the source folder
     * @param sharedFiles files whose text reaches every page (the config, data files, templates, includes),
     *     relative to the source folder
     */
    SourceLines(Path sourceDirectory, List<Path> sharedFiles) {
        this.sourceDirectory = sourceDirectory;
        this.sharedFiles = List.copyOf(sharedFiles);
    }

    /**
     * Where a page's link was written: the first of its spellings found in the page's own source (or, for a
     * collection listing, in the items of the collection), then in the shared files; otherwise the page's source
     * at line 0. A spelling counts only as a whole address, not as the end or start of a longer one.
     */
    Location locate(Path pageSource, List<String> spellings) {
        List<Path> own = filesOf(sourceDirectory, pageSource);
        for (String spelling : spellings) {
            Pattern whole = Pattern.compile("(?<![\\w./%~-])" + Pattern.quote(spelling) + "(?![\\w/%~-])");
            for (Path file : Stream.concat(own.stream(), sharedFiles.stream()).toList()) {
                List<String> text = lines(file);
                for (int i = 0; i < text.size(); i++) {
                    if (whole.matcher(text.get(i)).find()) {
                        return new Location(file, i + 1);
                    }
                }
            }
        }
        return new Location(pageSource, 0);
    }

    /** The lines of a source file; none when it is not UTF-8 text, which the build reports itself. */
    List<String> lines(Path file) {
        return lines.computeIfAbsent(file, this::read);
    }

    private List<String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(sourceDirectory.resolve(file));
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .lines().toList();
        } catch (CharacterCodingException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file, or the files in the folder, relative to the source folder and in path order; none if absent. */
    static List<Path> filesOf(Path sourceDirectory, Path source) {
        Path absolute = sourceDirectory.resolve(source);
        if (Files.isRegularFile(absolute)) {
            return List.of(source);
        }
        if (!Files.isDirectory(absolute)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(absolute)) {
            return files.filter(Files::isRegularFile).map(sourceDirectory::relativize)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.homepage.check;

import dev.homepage.Problems;
import dev.homepage.SourceFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final List<Path> contentFiles;
    private final Map<Path, List<String>> lines = new HashMap<>();

    /**
     * @param sourceDirectory the source folder
     * @param sharedFiles files whose text reaches every page (the config, data files, templates, includes),
     *     relative to the source folder
     * @param contentFiles the pages and collection items, whose front matter reaches the pages that list them
     */
    SourceLines(Path sourceDirectory, List<Path> sharedFiles, List<Path> contentFiles) {
        this.sourceDirectory = sourceDirectory;
        this.sharedFiles = List.copyOf(sharedFiles);
        this.contentFiles = List.copyOf(contentFiles);
    }

    /**
     * Where a page's link was written: the first of its spellings found in the page's own source (or, for a
     * collection listing, in the items of the collection), then in the shared files, then in the other pages and
     * items (a paper's {@code paperurl} shows on the home page too); otherwise the page's source at line 0. A
     * spelling counts only as a whole address, not as the end or start of a longer one. The same link written in
     * one file is thus found there from every page that shows it.
     */
    Location locate(Path pageSource, List<String> spellings) {
        List<Path> own = filesOf(sourceDirectory, pageSource);
        List<Path> others = contentFiles.stream().filter(file -> !own.contains(file)).toList();
        return find(Stream.concat(own.stream(), sharedFiles.stream()).toList(), spellings)
                .or(() -> find(others, spellings))
                .orElse(new Location(pageSource, 0));
    }

    /** The first line of the files holding a spelling, trying each spelling in all the files before the next. */
    private Optional<Location> find(List<Path> files, List<String> spellings) {
        for (String spelling : spellings) {
            Pattern whole = Pattern.compile("(?<![\\w./%~-])" + Pattern.quote(spelling) + "(?![\\w/%~-])");
            for (Path file : files) {
                List<String> text = lines(file);
                for (int i = 0; i < text.size(); i++) {
                    if (whole.matcher(text.get(i)).find()) {
                        return Optional.of(new Location(file, i + 1));
                    }
                }
            }
        }
        return Optional.empty();
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

    /**
     * The file, or the files in the folder, relative to the source folder and in path order; none if absent. What
     * the source folder's gate keeps out is left out, as the build, which said so, left it out.
     */
    static List<Path> filesOf(Path sourceDirectory, Path source) {
        try {
            return new SourceFolder(sourceDirectory).files(source, new Problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.homepage.scholarly;

import dev.homepage.Problem;
import dev.homepage.SiteBuildException;
import dev.homepage.SourceError;
import dev.homepage.config.SafeYaml;
import dev.homepage.config.SourceNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The site's {@code _data/citations.yml}, in the form the build reads: {@code total:} (the profile's total, the
 * author's to keep) and {@code papers:}, each paper's count by key. The citations goal writes each count with its
 * source and date; a count written by hand as a plain number is read the same way and kept until a source answers
 * for the paper.
 *
 * <pre>
 * papers:
 *   halvorsen2024gap:
 *     count: 57
 *     source: OpenAlex
 *     date: '2026-12-05'
 * </pre>
 */
public final class CitationsFile {

    /** Where the file lives in the source folder. */
    public static final Path PATH = Path.of(SourceNames.DATA_FOLDER, "citations.yml");
    private static final String PAPERS = "papers";
    private static final String HEADER = """
            # Citation counts, shown on the publications page and the CV. Written by `mvn homepage:citations` from
            # OpenAlex, Crossref and Semantic Scholar: each paper's highest count, with its source and the date it was
            # asked. A count written by hand (key: 12) is kept until a source answers for the paper; "total" is the
            # profile's total, kept as written.
            """;

    private CitationsFile() {
    }

    /** The file as it is, or an empty map when the site has none. */
    public static Map<String, Object> read(Path sourceDirectory) throws SiteBuildException, IOException {
        Path file = sourceDirectory.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return SafeYaml.loadMap(Files.readString(file, StandardCharsets.UTF_8));
        } catch (SourceError e) {
            throw new SiteBuildException(List.of(new Problem(PATH, e.line(), e.column(), e.getMessage()
                    + ": fix the file, or delete it and run the goal again")));
        }
    }

    /** The file's new text: the previous one with each counted paper's count, source and date replaced. */
    public static String updated(Map<String, Object> previous, CitationUpdate.Outcome outcome, LocalDate asked) {
        Map<String, Object> file = new LinkedHashMap<>(previous);
        Map<String, Object> papers = new TreeMap<>();
        if (previous.get(PAPERS) instanceof Map<?, ?> kept) {
            kept.forEach((key, value) -> papers.put(String.valueOf(key), value));
        }
        for (CitationUpdate.Counted counted : outcome.papers()) {
            counted.count().ifPresent(count -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("count", count);
                entry.put("source", counted.source());
                entry.put("date", asked.toString());
                papers.put(counted.paper().key(), entry);
            });
        }
        file.remove(PAPERS);
        file.put(PAPERS, papers);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return HEADER + new Yaml(options).dump(file);
    }

    /** Replaces the file whole, so that an interrupted write never leaves half of it. */
    public static void write(Path sourceDirectory, String text) throws IOException {
        Path file = sourceDirectory.resolve(PATH);
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(".citations.yml.partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

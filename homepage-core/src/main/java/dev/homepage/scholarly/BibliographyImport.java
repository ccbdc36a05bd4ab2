package dev.homepage.scholarly;

import dev.homepage.config.SourceNames;
import dev.homepage.publications.BibEntry;
import dev.homepage.publications.PublicationCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges imported works into {@code _bibliography/papers.bib}: a work the site already has (the same DOI, else the
 * same title and year, whether from {@code _bibliography/} or {@code _publications/}) is left out, and so is a
 * second copy within the import; the new ones are appended, each under a key of the usual form
 * ({@code brekke2023learning}). Nothing the file holds is rewritten, so entries the author edited stay as they are.
 */
public final class BibliographyImport {

    /** The file new works go to. */
    public static final Path FILE = Path.of(SourceNames.BIBLIOGRAPHY_FOLDER, "papers.bib");

    /** What becomes of an imported work. */
    public enum Outcome {
        /** Added under a new key. */
        ADDED,
        /** The site has a paper of the same DOI. */
        SAME_DOI,
        /** The site has a paper of the same title and year (and neither DOI tells them apart). */
        SAME_TITLE_AND_YEAR
    }

    /**
     * What becomes of one work.
     *
     * @param key the work's new key when added, else the key of the paper it duplicates
     */
    public record Decision(BibEntry work, Outcome outcome, String key) {
    }

    private BibliographyImport() {
    }

    /** Decides for each work, in order: the site's papers and the works added before it count as known. */
    public static List<Decision> plan(List<Paper> site, List<BibEntry> works) {
        Map<String, String> byDoi = new HashMap<>();
        Map<String, String> byTitleAndYear = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Paper paper : site) {
            paper.lookupDoi().ifPresent(doi -> byDoi.putIfAbsent(doi, paper.key()));
            byTitleAndYear.putIfAbsent(titleAndYear(paper.title(), paper.year()), paper.key());
            keys.add(paper.key().toLowerCase(Locale.ROOT));
        }
        List<Decision> decisions = new ArrayList<>();
        for (BibEntry work : works) {
            Optional<String> doi = PaperIds.doi(work.field("doi")).or(() -> PaperIds.arxiv(firstOf(work.field("eprint"),
                    work.field("arxiv"))).map(PaperIds::arxivDoi));
            String titleAndYear = titleAndYear(work.field("title"), work.field("year"));
            if (doi.isPresent() && byDoi.containsKey(doi.get())) {
                decisions.add(new Decision(work, Outcome.SAME_DOI, byDoi.get(doi.get())));
            } else if (byTitleAndYear.containsKey(titleAndYear)) {
                decisions.add(new Decision(work, Outcome.SAME_TITLE_AND_YEAR, byTitleAndYear.get(titleAndYear)));
            } else {
                String key = newKey(work, keys);
                keys.add(key);
                doi.ifPresent(id -> byDoi.put(id, key));
                byTitleAndYear.put(titleAndYear, key);
                decisions.add(new Decision(work, Outcome.ADDED, key));
            }
        }
        return decisions;
    }

    /** The BibTeX of the added works, to append to the file; "" when none is added. */
    public static String text(List<Decision> decisions, String from) {
        StringBuilder text = new StringBuilder();
        for (Decision decision : decisions) {
            if (decision.outcome() != Outcome.ADDED) {
                continue;
            }
            if (text.isEmpty()) {
                text.append("\n% Imported from ").append(from).append(" by mvn homepage:import.\n");
            }
            text.append('\n').append('@').append(decision.work().type()).append('{').append(decision.key())
                    .append(",\n");
            decision.work().latex().forEach((name, value) -> text.append("  ").append(name).append(" = {")
                    .append(value.strip()).append("},\n"));
            text.append("}\n");
        }
        return text.toString();
    }

    /** Appends the text to the file, which is created when the site has none; what it holds is not touched. */
    public static void append(Path sourceDirectory, String text) throws IOException {
        Path file = sourceDirectory.resolve(FILE);
        Files.createDirectories(file.getParent());
        String separator = Files.isRegularFile(file) && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n")
                ? "\n" : "";
        Files.writeString(file, separator + text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String titleAndYear(String title, String year) {
        return PublicationCatalog.comparableTitle(title) + "|" + year.strip();
    }

    /** The first author's family name, the year and the title's first long word, as Google Scholar keys go. */
    private static String newKey(BibEntry work, Set<String> taken) {
        String firstAuthor = work.field("author").split("\\s+and\\s+")[0].strip();
        String family = firstAuthor.contains(",") ? firstAuthor.substring(0, firstAuthor.indexOf(','))
                : firstAuthor.substring(firstAuthor.lastIndexOf(' ') + 1);
        String word = "";
        for (String candidate : work.field("title").split("[^\\p{L}\\p{N}]+")) {
            if (candidate.length() > 3) {
                word = candidate;
                break;
            }
        }
        String base = ascii(family) + work.field("year").replaceAll("\\D", "") + ascii(word);
        base = base.isEmpty() ? "work" : base;
        String key = base;
        for (char suffix = 'b'; taken.contains(key); suffix++) {
            key = base + suffix;
        }
        return key;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static String firstOf(String first, String second) {
        return first.isBlank() ? second : first;
    }
}

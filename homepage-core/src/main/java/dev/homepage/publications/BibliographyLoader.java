package dev.homepage.publications;

import dev.homepage.Problems;
import dev.homepage.SourceFolder;
import dev.homepage.config.SourceNames;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXParserConstants;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/** Reads the BibTeX files of {@code _bibliography/}, as al-folio sites keep their papers. */
public final class BibliographyLoader {

    /** LaTeX's dotless i and j, written under accents: {@code {\\'\\i}} is í. */
    private static final Pattern DOTLESS = Pattern.compile("\\\\([ij])(?![A-Za-z])");
    private static final Pattern ENTRY_START = Pattern.compile("@\\s*\\w+\\s*[{(]\\s*([^,\\s]+)\\s*,");

    /**
     * @return the entries of every {@code .bib} file, in file and then entry order; a file with a syntax error
     *     adds its problem and none of its entries
     */
    public List<BibEntry> load(Path sourceDirectory, Problems problems) throws IOException {
        Path folder = Path.of(SourceNames.BIBLIOGRAPHY_FOLDER);
        List<Path> files = new SourceFolder(sourceDirectory).files(folder, problems).stream()
                .filter(file -> folder.equals(file.getParent()) && file.getFileName().toString().endsWith(".bib"))
                .toList();
        List<BibEntry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.addAll(read(sourceDirectory, file, problems));
        }
        return List.copyOf(entries);
    }

    private static List<BibEntry> read(Path sourceDirectory, Path file, Problems problems) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(sourceDirectory.resolve(file)))).toString();
        } catch (CharacterCodingException e) {
            problems.error(file, 0, "the file is not UTF-8: save it as UTF-8 (BibTeX accents such as {\\\"o} work too)");
            return List.of();
        }
        return parse(file, text, problems);
    }

    /**
     * The entries of a BibTeX text, in order; a syntax error adds its problem, at its line in the text, and
     * gives no entries.
     *
     * @param file what the problems name as the file
     */
    public static List<BibEntry> parse(Path file, String text, Problems problems) {
        BibTeXDatabase database;
        try {
            database = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // As bibtex-ruby does: a name no @string defines stands for itself (publisher = IEEE).
                    if (string == null) {
                        problems.warn(file, 0, "@string{" + key.getValue() + "} is not defined in this file: the"
                                + " fields that use it read '" + key.getValue() + "'; define it, or write the text"
                                + " in braces");
                    }
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // As bibtex-ruby does for jekyll-scholar: the entry stands without the fields it would inherit.
                    if (entry == null) {
                        problems.warn(file, 0, "crossref = {" + key.getValue() + "} names no entry of this file:"
                                + " the entries that name it are read without the fields they would take from it");
                    }
                }
            }.parse(new StringReader(entriesOnly(text)));
        } catch (ParseException e) {
            reportSyntaxError(file, text, e, problems);
            return List.of();
        } catch (TokenMgrException e) {
            problems.error(file, 0, "BibTeX syntax error: " + e.getMessage() + ": check the braces and quotes");
            return List.of();
        } catch (StackOverflowError e) {
            problems.error(file, 0, "BibTeX: the file " + Problems.TOO_DEEP);
            return List.of();
        } catch (RuntimeException e) {
            // jbibtex reports an undefined @string macro or crossref this way.
            problems.error(file, 0, "BibTeX error: " + e.getMessage()
                    + ": define each @string before its use, and each crossref'd entry in the same file");
            return List.of();
        }
        Map<String, Integer> lines = entryLines(text);
        List<BibEntry> entries = new ArrayList<>();
        database.getEntries().forEach((key, entry) -> entries.add(entry(entry, file, lines.getOrDefault(
                key.getValue(), 0))));
        return entries;
    }

    /**
     * The text with what stands between entries blanked out, lines kept: BibTeX, and bibtex-ruby, which
     * jekyll-scholar reads with, take it as a comment (a row of dashes, a note, a Jekyll front matter), but jbibtex
     * would stop at it. An entry that never ends is left as it is, for the parser to report.
     */
    static String entriesOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        while (position < text.length()) {
            int at = text.indexOf('@', position);
            if (at < 0) {
                blank(text, position, text.length(), out);
                break;
            }
            blank(text, position, at, out);
            int open = at + 1;
            while (open < text.length() && Character.isLetter(text.charAt(open))) {
                open++;
            }
            boolean typed = open > at + 1;
            while (open < text.length() && Character.isWhitespace(text.charAt(open))) {
                open++;
            }
            if (!typed || open == text.length() || text.charAt(open) != '{' && text.charAt(open) != '(') {
                // An @ that starts no entry, as in an e-mail address in a note.
                blank(text, at, at + 1, out);
                position = at + 1;
                continue;
            }
            int end = endOfEntry(text, open);
            if (end < 0) {
                out.append(text, at, text.length());
                break;
            }
            out.append(text, at, end);
            position = end;
        }
        return out.toString();
    }

    /** Where an entry whose delimiter is at the position ends, after its closing delimiter; -1 if it never does. */
    private static int endOfEntry(String text, int open) {
        boolean parenthesized = text.charAt(open) == '(';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0 && !parenthesized) {
                    return i + 1;
                }
            } else if (c == ')' && parenthesized && depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out.append(c == '\n' || c == '\r' ? c : ' ');
        }
    }

    /**
     * Where the parser stopped, and what to fix there. When it ran into the end of the file, or into the next
     * entry's {@code @}, an entry was left open: the entry it stopped in is the place to look, by its key and line.
     */
    private static void reportSyntaxError(Path file, String text, ParseException e, Problems problems) {
        Token next = e.currentToken == null ? null : e.currentToken.next;
        if (next == null || next.kind == BibTeXParserConstants.EOF) {
            int line = next == null ? 0 : next.beginLine;
            Optional<Map.Entry<String, Integer>> entry = entryBefore(text, line == 0 ? Integer.MAX_VALUE : line + 1);
            problems.error(file, entry.map(Map.Entry::getValue).orElse(line), "BibTeX syntax error: the entry "
                    + entry.map(start -> start.getKey() + " ").orElse("") + "never ends: close each { with } and each"
                    + " \" with \" in its fields, and end the entry with }");
            return;
        }
        if (next.image.startsWith("@")) {
            Optional<Map.Entry<String, Integer>> entry = entryBefore(text, next.beginLine);
            if (entry.isPresent()) {
                problems.error(file, entry.get().getValue(), "BibTeX syntax error: the entry " + entry.get().getKey()
                        + " is not closed before the next entry begins on line " + next.beginLine + ": end it with }"
                        + " (and close each { in its fields)");
                return;
            }
        }
        problems.error(file, next.beginLine, next.beginColumn, "BibTeX syntax error near '" + next.image
                + "': each entry reads @type{key, field = {value}, ...}; check the braces, quotes and commas"
                + " before this point");
    }

    /** The last entry that starts before the line, by key and line. */
    private static Optional<Map.Entry<String, Integer>> entryBefore(String text, int line) {
        return entryLines(text).entrySet().stream().filter(start -> start.getValue() < line)
                .reduce((first, last) -> last);
    }

    private static BibEntry entry(BibTeXEntry entry, Path file, int line) {
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, String> latex = new LinkedHashMap<>();
        entry.getFields().forEach((key, value) -> {
            String name = key.getValue().toLowerCase(Locale.ROOT);
            String written = userString(value);
            latex.put(name, written);
            text.put(name, plainText(written));
        });
        return new BibEntry(entry.getKey().getValue(), entry.getType().getValue().toLowerCase(Locale.ROOT),
                Collections.unmodifiableMap(text), Collections.unmodifiableMap(latex), file, line);
    }

    /** A field's text; a name no @string defines, or a crossref to no entry, as written. */
    private static String userString(Value value) {
        if (value instanceof ReferenceValue reference && reference.getString() == null) {
            return reference.getValue().toUserString();
        }
        if (value instanceof CrossReferenceValue reference && reference.getEntry() == null) {
            return reference.getValue().toUserString();
        }
        if (value instanceof ConcateValue concatenation) {
            return userString(concatenation.getLeft()) + userString(concatenation.getRight());
        }
        return value.toUserString();
    }

    /** LaTeX as readers see it: {@code {\"o}} as ö, {@code \&} as {@code &}, protective braces gone. */
    public static String plainText(String latex) {
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('~') < 0) {
            return latex.strip();
        }
        try {
            String dotless = DOTLESS.matcher(latex).replaceAll("$1");
            return new LaTeXPrinter().print(new LaTeXParser().parse(new StringReader(dotless))).strip();
        } catch (ParseException | RuntimeException | StackOverflowError e) {
            // Unbalanced (or absurdly nested) LaTeX in one field is the author's to fix in the PDF too; the page
            // shows it as written.
            return latex.replace("{", "").replace("}", "").strip();
        }
    }

    /** The line each entry starts on, by key; the parser does not keep it. */
    private static Map<String, Integer> entryLines(String text) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        Matcher start = ENTRY_START.matcher(text);
        int line = 1;
        int counted = 0;
        while (start.find()) {
            for (; counted < start.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            lines.putIfAbsent(start.group(1), line);
        }
        return lines;
    }
}

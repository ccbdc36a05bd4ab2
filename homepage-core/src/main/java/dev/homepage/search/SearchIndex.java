package dev.homepage.search;

import dev.homepage.output.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * The index the search page loads, as JSON: the names of the fields and the kinds once, then each entry as an
 * array (kind number, title, url, date, authors, venue, text), which weighs less than objects repeating their
 * keys. The search itself runs in the reader's browser (Fuse.js), over these fields.
 */
public final class SearchIndex {

    /** The most characters of a body the index keeps: the start of a text says what it is about. */
    public static final int TEXT_LENGTH = 500;
    /** Where the index goes, which the search page loads. */
    public static final String URL = "/search/index.json";
    private static final List<String> FIELDS = List.of("kind", "title", "url", "date", "authors", "venue", "text");

    private SearchIndex() {
    }

    /** The JSON of an index's row: written now, or as an earlier build wrote the same row. */
    @FunctionalInterface
    public interface Rows {
        String json(int place, List<Object> row, Supplier<String> write);
    }

    /**
     * The index in UTF-8, each entry's JSON asked of the rows, the whole asked of {@code joined} by its kinds and
     * rows: a rebuild whose entries all write the same rows gets the same array, which what reads the index
     * again (the theme's files a page loads) knows by its identity.
     */
    @FunctionalInterface
    public interface Joined {
        byte[] utf8(List<Object> kindsAndRows, Supplier<byte[]> join);
    }

    /** The index of the entries, in their order. */
    public static String json(List<SearchEntry> entries) {
        return json(entries, (place, row, write) -> write.get());
    }

    /**
     * The index of the entries, in their order, each entry's JSON asked of the rows: a rebuild after one page
     * changed writes that page's entry again, not the whole index.
     */
    public static String json(List<SearchEntry> entries, Rows rows) {
        List<String> kinds = new ArrayList<>();
        return joined(kinds, written(entries, rows, kinds));
    }

    /**
     * The index of the entries in UTF-8, as {@link #json(List, Rows)} writes it: the array {@code joined} kept
     * while the kinds and rows are the same.
     */
    public static byte[] utf8(List<SearchEntry> entries, Rows rows, Joined joined) {
        List<String> kinds = new ArrayList<>();
        List<String> written = written(entries, rows, kinds);
        return joined.utf8(List.of(List.copyOf(kinds), written),
                () -> joined(kinds, written).getBytes(StandardCharsets.UTF_8));
    }

    /** Each entry's row, its kind numbered in the order of first appearance, the kinds' names added to the list. */
    private static List<String> written(List<SearchEntry> entries, Rows rows, List<String> kinds) {
        Map<String, Integer> kindNumbers = new LinkedHashMap<>();
        List<String> written = new ArrayList<>(entries.size());
        for (SearchEntry entry : entries) {
            Integer kind = kindNumbers.computeIfAbsent(entry.kind(), name -> {
                kinds.add(name);
                return kinds.size() - 1;
            });
            List<Object> row = List.of(kind, entry.title(), entry.url(), entry.date(), entry.authors(), entry.venue(),
                    entry.text());
            written.add(rows.json(written.size(), row, () -> Json.write(row)));
        }
        return written;
    }

    /** The rows put together as Json.write would put them, without passing megabytes of them through it again. */
    private static String joined(List<String> kinds, List<String> written) {
        StringJoiner index = new StringJoiner(",", "{\"fields\":" + Json.write(FIELDS) + ",\"kinds\":"
                + Json.write(kinds) + ",\"entries\":[", "]}\n");
        written.forEach(index::add);
        return index.toString();
    }

    /**
     * A body's text as the index keeps it: white space made single, cut after at most {@link #TEXT_LENGTH}
     * characters at a word's end.
     */
    public static String shortened(String text) {
        // One pass, which stops a character past the limit: a body's whole text is often many times what is kept.
        // It reads as strip() and then replaceAll("\\s+", " ") would: runs of ASCII white space become one space,
        // and white space at either end goes.
        StringBuilder plain = new StringBuilder(Math.min(text.length(), TEXT_LENGTH + 1));
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean space = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                space = true;
                continue;
            }
            if (space) {
                plain.append(' ');
                space = false;
            }
            plain.append(c);
            if (plain.length() > TEXT_LENGTH && !Character.isWhitespace(c)) {
                break;
            }
        }
        if (i >= text.length()) {
            int end = plain.length();
            while (end > 0 && Character.isWhitespace(plain.charAt(end - 1))) {
                end--;
            }
            plain.setLength(end);
        }
        if (plain.length() <= TEXT_LENGTH) {
            return plain.toString();
        }
        int end = plain.lastIndexOf(" ", TEXT_LENGTH);
        return plain.substring(0, end > TEXT_LENGTH / 2 ? end : TEXT_LENGTH);
    }
}

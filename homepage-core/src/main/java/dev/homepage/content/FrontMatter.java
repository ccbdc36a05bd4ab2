package dev.homepage.content;

import dev.homepage.LineEnds;
import dev.homepage.SourceError;
import dev.homepage.config.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A file split into its YAML front matter and its body.
 *
 * @param data the front matter; empty when the file has none
 * @param body the text after the front matter
 * @param bodyLine the 1-based line of the file where the body starts
 * @param duplicateKeys the keys given twice, at the file's line of the value kept (the last, as in Jekyll)
 */
public record FrontMatter(Map<String, Object> data, String body, int bodyLine,
        List<SafeYaml.DuplicateKey> duplicateKeys) {

    private static final String FENCE = "---";

    /** Whether a text starts with a front matter fence, as Jekyll requires of files it renders. */
    public static boolean startsWithFence(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int end = start.indexOf('\n');
        String firstLine = end < 0 ? start : start.substring(0, end);
        return firstLine.stripTrailing().equals(FENCE);
    }

    /**
     * Splits the text at its front matter fences ({@code ---} ... {@code ---} or {@code ...}) and loads the
     * YAML between them.
     *
     * @throws SourceError when the front matter is not a YAML mapping, with the line in the file
     */
    public static FrontMatter parse(String text) throws SourceError {
        return parse(text, new SafeYaml.Reused());
    }

    /**
     * Splits the text as {@link #parse(String)} does, loading the YAML with loaders made once for many files.
     *
     * @throws SourceError when the front matter is not a YAML mapping, with the line in the file
     */
    public static FrontMatter parse(String text, SafeYaml.Reused yamlLoaders) throws SourceError {
        String content = LineEnds.normalize(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!startsWithFence(content)) {
            return new FrontMatter(Map.of(), content, 1, List.of());
        }
        int firstLineEnd = content.indexOf('\n');
        if (firstLineEnd < 0) {
            return new FrontMatter(Map.of(), "", 2, List.of());
        }
        int lineNumber = 2;
        int position = firstLineEnd + 1;
        while (position <= content.length()) {
            int end = content.indexOf('\n', position);
            int lineEnd = end < 0 ? content.length() : end;
            String line = content.substring(position, lineEnd).stripTrailing();
            if (line.equals(FENCE) || line.equals("...")) {
                String yaml = content.substring(firstLineEnd + 1, position);
                String body = end < 0 ? "" : content.substring(end + 1);
                List<SafeYaml.DuplicateKey> duplicates = new ArrayList<>();
                // The YAML starts on the file's second line, after the opening fence.
                Map<String, Object> data = load(yaml, yamlLoaders, duplicate -> duplicates.add(
                        new SafeYaml.DuplicateKey(duplicate.key(), duplicate.line() + 1)));
                return new FrontMatter(data, body, lineNumber + 1, List.copyOf(duplicates));
            }
            if (end < 0) {
                break;
            }
            position = end + 1;
            lineNumber++;
        }
        throw new SourceError("the front matter starting on line 1 has no closing '---' line: "
                + "add a line holding only '---' after the last key", 1);
    }

    private static Map<String, Object> load(String yaml, SafeYaml.Reused yamlLoaders,
            Consumer<SafeYaml.DuplicateKey> duplicates) throws SourceError {
        try {
            return yamlLoaders.loadMap(yaml, duplicates);
        } catch (SourceError e) {
            // The YAML starts on the file's second line, after the opening fence.
            throw new SourceError(e.getMessage(), e.line() > 0 ? e.line() + 1 : 0, e.column());
        }
    }
}

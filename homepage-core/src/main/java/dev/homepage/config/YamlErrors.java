package dev.homepage.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's errors in a writer's words, at the line where the mistake was made rather than where the parser
 * gave up: an unclosed quote on line 2 makes the parser stop at the next quote, lines later, with "while parsing a
 * block mapping: expected &lt;block end&gt;, but found '&lt;scalar&gt;'".
 */
final class YamlErrors {

    /** A {@code key: value} line whose value starts with a quote. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:-\\s+)?[^\\s#:'\"][^:]*:\\s+(['\"])(.*)$");
    /** The colon of a line's key. */
    private static final Pattern KEY = Pattern.compile("^\\s*(?:-\\s+)?[^\\s#:'\"][^:]*:(\\s|$)");

    /** Where a mistake is, 1-based, and what to do about it. */
    record Explained(int line, int column, String message) {
    }

    private YamlErrors() {
    }

    static Explained explain(MarkedYAMLException e, String text) {
        List<String> lines = text.lines().toList();
        Mark problemMark = e.getProblemMark();
        int line = problemMark == null ? 0 : problemMark.getLine() + 1;
        int column = problemMark == null ? 0 : problemMark.getColumn() + 1;
        int contextLine = e.getContextMark() == null ? line : e.getContextMark().getLine() + 1;
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();

        if (context.startsWith("while scanning a quoted scalar")) {
            return new Explained(contextLine, 0, "the quote that opens the value on this line is never closed: end"
                    + " the value with the same quote");
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'")) {
            // The quote that ended the value the parser read last, just before where it stopped.
            char closing = column > 1 && line <= lines.size() && column - 1 <= lines.get(line - 1).length()
                    ? lines.get(line - 1).charAt(column - 2) : ' ';
            Optional<Integer> open = openQuoteBefore(lines, line, closing);
            if (open.isPresent() && open.get() < line) {
                return new Explained(open.get(), 0, "the quote that opens the value on this line is not closed on"
                        + " it, so the value runs on into the lines below it: end the value with the same quote");
            }
            return new Explained(line, column, "text follows the closing quote of the value: a quote inside a value"
                    + " is written twice in single quotes ('It''s') or escaped in double quotes (\"a \\\"b\\\"\"),"
                    + " or the value is put in the other kind of quotes");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            String problemLine = line > 0 && line <= lines.size() ? lines.get(line - 1) : "";
            Matcher key = KEY.matcher(problemLine);
            boolean keyOfTheLine = key.find() && key.end(0) - key.group(1).length() == column;
            if (keyOfTheLine) {
                return new Explained(line, 0, "this line is indented more than the key above it, whose value is"
                        + " already given: indent it as the key above (a value that goes on over several lines is"
                        + " put in quotes)");
            }
            return new Explained(line, column, "the value holds ': ' (a colon and a space), which YAML reads as a"
                    + " new key: put the whole value in quotes");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return new Explained(contextLine, 0, "this line is not a 'key: value' line: put ': ' after the key,"
                    + " or, if it goes on the value of the line above, put that whole value in quotes");
        }
        if (problem.contains("cannot start any token")) {
            if (problem.contains("\\t(TAB)")) {
                return new Explained(line, column, "a tab indents this line: YAML indents with spaces only");
            }
            char character = column > 0 && line <= lines.size() && column <= lines.get(line - 1).length()
                    ? lines.get(line - 1).charAt(column - 1) : '?';
            return new Explained(line, column, "a value cannot start with '" + character + "': put the value in"
                    + " quotes");
        }
        if (context.startsWith("while parsing a flow sequence") || context.startsWith("while parsing a flow mapping")) {
            char bracket = context.contains("sequence") ? '[' : '{';
            char closing = bracket == '[' ? ']' : '}';
            return new Explained(contextLine, 0, "the '" + bracket + "' on this line is not closed: close it with '"
                    + closing + "' on the same line, or, if it is part of the text, put the value in quotes");
        }
        if (problem.startsWith("expected <block end>, but found '<block sequence start>'")
                || problem.startsWith("expected <block end>, but found '-'")) {
            return new Explained(line, column, "this list item is not indented as the items or keys above it: line"
                    + " its '-' up with theirs");
        }
        if (problem.startsWith("found duplicate key ")) {
            return new Explained(line, column, "the key '" + problem.substring("found duplicate key ".length())
                    + "' is given twice (found duplicate key): keep one");
        }
        String described = context.isEmpty() ? problem : context + ": " + problem;
        return new Explained(line, column, described + ". Values that hold ': ', or start with a special"
                + " character such as [ { & * ! | > ' \" % @ `, are put in quotes");
    }

    /** The last line up to the given one whose value opens with the quote and is not closed on that line. */
    private static Optional<Integer> openQuoteBefore(List<String> lines, int last, char quote) {
        Optional<Integer> open = Optional.empty();
        for (int i = 0; i < Math.min(last, lines.size()); i++) {
            Matcher value = QUOTED_VALUE.matcher(lines.get(i));
            if (value.matches() && value.group(1).charAt(0) == quote && !closes(quote, value.group(2))) {
                open = Optional.of(i + 1);
            }
        }
        return open;
    }

    /** Whether the rest of a line closes the quote that opened its value. */
    private static boolean closes(char quote, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }
}

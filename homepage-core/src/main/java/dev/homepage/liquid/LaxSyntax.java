package dev.homepage.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Ruby Liquid's lax parser (the one Jekyll runs) accepts in the markup of tags and outputs, rewritten into
 * what Liqp reads the same way. Every line stays where it was, so that Liqp's errors point at the author's line.
 *
 * <ul>
 *   <li>A name with a hyphen after a dot, {@code site.data.ui-text}, is read as {@code site.data["ui-text"]}; a
 *       dot before a bracket, {@code page.[key]}, is left out.</li>
 *   <li>Filters in a {@code for} or {@code tablerow} tag are dropped, as Ruby Liquid drops them: the loop runs over
 *       the list as it is ({@code limit:}, {@code offset:} and {@code reversed} still apply).</li>
 *   <li>In {@code if}, {@code elsif}, {@code unless} and {@code case}, a filter ends its condition, as in Ruby
 *       Liquid: {@code if a | size > 2} tests {@code a}.</li>
 *   <li>A filter that neither Liquid, Jekyll nor homepage has is dropped and the value passes unchanged, as in
 *       Ruby Liquid; the author is told.</li>
 *   <li>{@code else} followed by more words is a plain {@code else}.</li>
 *   <li>The markup of the tags homepage adds (Jekyll's {@code highlight}, jekyll-scholar's {@code bibliography}...)
 *       is any text to those tags, such as {@code c++} or {@code @*[year=2024]*}: it is handed to them as one
 *       quoted string, which {@link #markupOf} reads back.</li>
 * </ul>
 */
final class LaxSyntax {

    /**
     * The text rewritten, and what was dropped on the way.
     *
     * @param notes what the author should hear of, at 1-based lines of the text
     */
    record Rewritten(String text, List<Note> notes) {
    }

    /** Something the rewriting dropped, at a 1-based line. */
    record Note(int line, String message) {
    }

    private static final Pattern TAG_NAME = Pattern.compile("\\s*([A-Za-z_][\\w-]*)");
    /** A hyphenated name after a dot, or a dot before a bracket. */
    private static final Pattern LOOKUP = Pattern.compile(
            "(?<=[\\w\\]])\\.(?:([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+)(?![\\w-])|\\[)");
    private static final Pattern FILTER_NAME = Pattern.compile("\\|\\s*([A-Za-z_][\\w-]*)");
    private static final Pattern LOGIC = Pattern.compile("\\s(?:and|or)\\s");
    private static final Pattern FOR_HEAD = Pattern.compile("(?s)\\s*([\\w-]+)\\s+in\\s+");
    private static final Pattern LOOP_ATTRIBUTE =
            Pattern.compile("\\b(limit|offset|cols)\\s*:\\s*(\"[^\"]*\"|'[^']*'|[^\\s,|'\"]+)");
    private static final Pattern REVERSED = Pattern.compile("\\A\\s*reversed\\b");
    /** The quoting of an opaque tag's markup: only the characters that could end or confuse the string. */
    private static final String MARKUP_QUOTE = "\"";

    private final Predicate<String> knownFilter;
    private final Set<String> opaqueTags;

    /**
     * @param knownFilter whether a filter name is one Liqp will find
     * @param opaqueTags the tags whose markup is text to them rather than Liquid expressions
     */
    LaxSyntax(Predicate<String> knownFilter, Set<String> opaqueTags) {
        this.knownFilter = knownFilter;
        this.opaqueTags = Set.copyOf(opaqueTags);
    }

    /** The markup an opaque tag was written with, from the quoted string this rewriting handed it. */
    static String markupOf(String quoted) {
        if (quoted.length() >= 2 && quoted.startsWith(MARKUP_QUOTE) && quoted.endsWith(MARKUP_QUOTE)) {
            return quoted.substring(1, quoted.length() - 1).replace("%22", MARKUP_QUOTE).replace("%25", "%");
        }
        return quoted;
    }

    Rewritten rewrite(String text) {
        List<Note> notes = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length() + 16);
        int position = 0;
        int line = 1;
        while (position < text.length()) {
            int start = nextMarkup(text, position);
            if (start < 0) {
                out.append(text, position, text.length());
                break;
            }
            out.append(text, position, start);
            line += newlines(text, position, start);
            boolean output = text.charAt(start + 1) == '{';
            int end = text.indexOf(output ? "}}" : "%}", start + 2);
            if (end < 0) {
                // Left as it is: Liqp reports the unclosed markup at its line.
                out.append(text, start, text.length());
                break;
            }
            int close = end + 2;
            String markup = text.substring(start + 2, end);
            if (output) {
                out.append("{{").append(rewriteExpression(markup, line, notes)).append("}}");
            } else {
                String name = tagName(markup);
                if (name.equals("raw") || name.equals("comment")) {
                    int after = endOfBlock(text, close, name);
                    out.append(text, start, after);
                    line += newlines(text, start, after);
                    position = after;
                    continue;
                }
                out.append("{%").append(rewriteTag(name, markup, line, notes)).append("%}");
            }
            line += newlines(text, start, close);
            position = close;
        }
        return new Rewritten(out.toString(), List.copyOf(notes));
    }

    private static int nextMarkup(String text, int from) {
        int brace = text.indexOf('{', from);
        while (brace >= 0 && brace + 1 < text.length()) {
            char next = text.charAt(brace + 1);
            if (next == '{' || next == '%') {
                return brace;
            }
            brace = text.indexOf('{', brace + 1);
        }
        return -1;
    }

    /** Where the text after a {@code raw} or {@code comment} tag's block ends: after its end tag, or the text. */
    private static int endOfBlock(String text, int from, String name) {
        Matcher end = Pattern.compile("\\{%-?\\s*end" + name + "\\s*-?%}").matcher(text);
        return end.find(from) ? end.end() : text.length();
    }

    private static String tagName(String markup) {
        String trimmed = markup.startsWith("-") ? markup.substring(1) : markup;
        Matcher name = TAG_NAME.matcher(trimmed);
        return name.lookingAt() ? name.group(1) : "";
    }

    private String rewriteTag(String name, String markup, int line, List<Note> notes) {
        boolean trimLeft = markup.startsWith("-");
        boolean trimRight = markup.endsWith("-") && markup.length() > 1;
        String inner = markup.substring(trimLeft ? 1 : 0, markup.length() - (trimRight ? 1 : 0));
        int nameEnd = inner.indexOf(name) + name.length();
        String head = inner.substring(0, nameEnd);
        String rest = inner.substring(nameEnd);
        String rewritten = switch (name) {
            case "if", "elsif", "unless" -> conditions(lookups(rest));
            case "case" -> keepLines(rest, beforeFilters(lookups(rest)));
            case "else" -> keepLines(rest, " ");
            case "for", "tablerow" -> loop(lookups(rest));
            case "assign", "cycle", "when", "capture" -> rewriteExpression(rest, line, notes);
            case "include", "include_relative" -> includeParameters(rest);
            default -> opaqueTags.contains(name) ? quoted(rest) : rest;
        };
        return (trimLeft ? "-" : "") + head + rewritten + (trimRight ? "-" : "");
    }

    /** An output's or assignment's expression, without the filters Liqp does not have. */
    private String rewriteExpression(String markup, int line, List<Note> notes) {
        String expression = lookups(markup);
        List<int[]> pipes = unquotedPositions(expression, '|');
        if (pipes.isEmpty()) {
            return expression;
        }
        StringBuilder out = new StringBuilder(expression.substring(0, pipes.get(0)[0]));
        for (int i = 0; i < pipes.size(); i++) {
            int from = pipes.get(i)[0];
            int to = i + 1 < pipes.size() ? pipes.get(i + 1)[0] : expression.length();
            String filter = expression.substring(from, to);
            Matcher name = FILTER_NAME.matcher(filter);
            if (name.lookingAt() && !knownFilter.test(name.group(1))) {
                int at = line + newlines(markup, 0, Math.min(markup.length(), from));
                notes.add(new Note(at, "the filter '" + name.group(1) + "' is neither Liquid's, Jekyll's nor"
                        + " homepage's, so the value is used unfiltered, as Jekyll does when a plugin is missing:"
                        + " remove '| " + name.group(1) + "' or check its spelling"));
                out.append(keepLines(filter, ""));
            } else {
                out.append(filter);
            }
        }
        return out.toString();
    }

    /** Each and/or part of a condition ends at its first filter, as in Ruby Liquid's lax reading. */
    private static String conditions(String markup) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        Matcher logic = LOGIC.matcher(markup);
        while (true) {
            int to = markup.length();
            while (logic.find()) {
                if (!insideQuotes(markup, logic.start())) {
                    to = logic.start();
                    break;
                }
            }
            String part = markup.substring(from, to);
            out.append(keepLines(part, beforeFilters(part)));
            if (to == markup.length()) {
                return out.toString();
            }
            out.append(markup, to, logic.end());
            from = logic.end();
        }
    }

    /** A for or tablerow tag: its variable, its collection and the attributes Liquid reads, without filters. */
    private static String loop(String markup) {
        Matcher head = FOR_HEAD.matcher(markup);
        if (!head.lookingAt()) {
            return markup;
        }
        int collectionEnd = endOfCollection(markup, head.end());
        String collection = markup.substring(head.end(), collectionEnd);
        String rest = markup.substring(collectionEnd);
        if (unquotedPositions(rest, '|').isEmpty()) {
            return markup;
        }
        StringBuilder out = new StringBuilder(markup.substring(0, head.end())).append(collection);
        if (REVERSED.matcher(rest).find()) {
            out.append(" reversed");
        }
        Matcher attribute = LOOP_ATTRIBUTE.matcher(rest);
        while (attribute.find()) {
            if (!insideQuotes(rest, attribute.start())) {
                out.append(' ').append(attribute.group(1)).append(':').append(attribute.group(2));
            }
        }
        return keepLines(markup, out.toString());
    }

    /** A range in parentheses, or what Ruby Liquid takes as one fragment: up to a space, a comma or a pipe. */
    private static int endOfCollection(String markup, int from) {
        if (from < markup.length() && markup.charAt(from) == '(') {
            int close = markup.indexOf(')', from);
            return close < 0 ? markup.length() : close + 1;
        }
        int position = from;
        while (position < markup.length()) {
            char c = markup.charAt(position);
            if (c == '"' || c == '\'') {
                int close = markup.indexOf(c, position + 1);
                position = close < 0 ? markup.length() : close + 1;
            } else if (Character.isWhitespace(c) || c == ',' || c == '|') {
                break;
            } else {
                position++;
            }
        }
        return position;
    }

    /** The parameters after an include's file name may be hyphenated names; the file name itself is kept. */
    private static String includeParameters(String markup) {
        Matcher file = Pattern.compile("\\A\\s*\\S+").matcher(markup);
        if (!file.find()) {
            return markup;
        }
        return markup.substring(0, file.end()) + lookups(markup.substring(file.end()));
    }

    /** {@code a.b-c} as {@code a["b-c"]}, and {@code a.[b]} as {@code a[b]}, outside quoted strings. */
    private static String lookups(String markup) {
        if (markup.indexOf('-') < 0 && !markup.contains(".[")) {
            return markup;
        }
        Matcher name = LOOKUP.matcher(markup);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (name.find()) {
            if (!insideQuotes(markup, name.start())) {
                out.append(markup, last, name.start())
                        .append(name.group(1) == null ? "[" : "[\"" + name.group(1) + "\"]");
                last = name.end();
            }
        }
        return last == 0 ? markup : out.append(markup, last, markup.length()).toString();
    }

    private static String beforeFilters(String markup) {
        List<int[]> pipes = unquotedPositions(markup, '|');
        return pipes.isEmpty() ? markup : markup.substring(0, pipes.get(0)[0]);
    }

    /** The markup as one string literal: what the text needs to pass Liqp's lexer whole, lines kept. */
    private static String quoted(String markup) {
        String encoded = markup.strip().replace("%", "%25").replace(MARKUP_QUOTE, "%22");
        return keepLines(markup, " " + MARKUP_QUOTE + encoded + MARKUP_QUOTE + " ");
    }

    /** The replacement, followed by the line ends of the original it stands for, so that no line moves. */
    private static String keepLines(String original, String replacement) {
        int lost = newlines(original, 0, original.length()) - newlines(replacement, 0, replacement.length());
        return lost <= 0 ? replacement : replacement + "\n".repeat(lost);
    }

    /** Where the character occurs outside quoted strings, each as {position}. */
    private static List<int[]> unquotedPositions(String markup, char wanted) {
        List<int[]> positions = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == wanted) {
                positions.add(new int[] {i});
            }
        }
        return positions;
    }

    private static boolean insideQuotes(String markup, int position) {
        char quote = 0;
        for (int i = 0; i < position; i++) {
            char c = markup.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            }
        }
        return quote != 0;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}

package dev.homepage.liquid;

import dev.homepage.SourceError;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.exceptions.LiquidException;

/**
 * What Liqp found wrong, said in words an author can act on, at the line to look at: Liqp's own messages name
 * parser rules and Java classes, and place a block left open at the end of the text.
 */
final class LiquidErrorText {

    private static final Pattern PARSER_LOCATION = Pattern.compile(" on line \\d+, index \\d+$");
    private static final Pattern ERROR_LINE = Pattern.compile("error on line (\\d+), index \\d+: ");
    private static final Pattern ANTLR_MESSAGE = Pattern.compile("^(?:parser|lexer) error \"(.*)\"$", Pattern.DOTALL);
    private static final Pattern INVALID_TAG = Pattern.compile("Invalid Tag: '([^']*)'");
    private static final Pattern BAD_CHARACTER = Pattern.compile("token recognition error at: '(.*)'");
    private static final Pattern BLOCK_TAG =
            Pattern.compile("\\{%-?\\s*(end)?(if|unless|for|case|capture|tablerow|comment|raw)\\b");
    private static final Pattern LOOP_TAG = Pattern.compile("\\{%-?\\s*(for|tablerow)\\b");
    private static final Pattern INCLUDE_TAG = Pattern.compile("\\{%-?\\s*include(?:_relative)?\\s+([^\\s%}]+)");
    private static final Pattern MARKUP = Pattern.compile("(?s)\\{\\{.*?}}|\\{%.*?%}");

    private LiquidErrorText() {
    }

    /** What Liqp could not read, said in words: the markup at fault and what to look at. */
    static String describe(LiquidException error, String text) {
        String message = PARSER_LOCATION.matcher(String.valueOf(error.getMessage())).replaceFirst("");
        Matcher antlr = ANTLR_MESSAGE.matcher(message);
        String detail = antlr.matches() ? antlr.group(1) : message;
        Matcher invalidTag = INVALID_TAG.matcher(detail);
        if (invalidTag.find()) {
            return "{% " + invalidTag.group(1) + " %} is not a tag of Liquid, of Jekyll or of the Jekyll plugins"
                    + " homepage knows: remove it, or put it between {% raw %} and {% endraw %} to show it as text";
        }
        String markup = markupAt(text, error.line, error.charPositionInLine);
        Matcher badCharacter = BAD_CHARACTER.matcher(detail);
        if (badCharacter.find()) {
            return "'" + badCharacter.group(1) + "' cannot stand there in " + markup + ": check the tag, or put"
                    + " the text between {% raw %} and {% endraw %} if it is not meant as Liquid";
        }
        return "cannot read " + markup + " as Liquid: check its spelling, its quotes and its {% %} or {{ }}"
                + " delimiters";
    }

    /** What went wrong while rendering, in words: Liqp's text without the Java wrapping around it. */
    static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank() && !message.startsWith("problem with evaluating include")
                    && !message.contains("Exception")) {
                return ERROR_LINE.matcher(message).replaceFirst("").replace("Liquid error: ", "");
            }
        }
        return "the Liquid cannot be rendered: check the tags and filters used here";
    }

    /** The 1-based line of a rendering error in the text rendered, as the error names it or its tag is found; or 0. */
    static int lineOf(Throwable error, String text) {
        if (error instanceof LiquidException liquid && liquid.line > 0) {
            return liquid.line;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MarkupTag.TagFailure tag) {
                return tag.lineIn(text);
            }
            Matcher line = ERROR_LINE.matcher(String.valueOf(cause.getMessage()));
            if (line.find()) {
                return Integer.parseInt(line.group(1));
            }
        }
        return 0;
    }

    /** The tag or output at a 1-based line and 0-based column of the text, quoted; or the line itself. */
    private static String markupAt(String text, int line, int column) {
        int offset = 0;
        for (int i = 1; i < line && offset >= 0; i++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                offset = -1;
            }
        }
        if (offset < 0 || offset > text.length()) {
            return "the text";
        }
        int at = Math.min(text.length(), offset + Math.max(0, column));
        Matcher markup = MARKUP.matcher(text);
        while (markup.find()) {
            if (markup.start() <= at && at <= markup.end()) {
                return "'" + markup.group().replaceAll("\\s+", " ") + "'";
            }
            if (markup.start() > at) {
                break;
            }
        }
        int end = text.indexOf('\n', offset);
        return "'" + text.substring(offset, end < 0 ? text.length() : end).strip() + "'";
    }

    /**
     * Liqp reports a block left open (an {@code if} without its {@code endif}) at the end of the text, where there
     * is nothing to fix; the last block tag opened and never closed is where the author has to look.
     */
    static SourceError unclosedBlock(String text, LiquidException e) {
        Deque<MatchResult> open = new ArrayDeque<>();
        Matcher tag = BLOCK_TAG.matcher(text);
        while (tag.find()) {
            if (tag.group(1) == null) {
                open.push(tag.toMatchResult());
            } else if (!open.isEmpty()) {
                open.pop();
            }
        }
        if (open.isEmpty()) {
            return new SourceError("the text ends inside a block tag: close each {% if %}, {% for %}, {% unless %},"
                    + " {% case %} or {% capture %} with its {% endif %}, {% endfor %}, {% endunless %}, {% endcase %}"
                    + " or {% endcapture %}", e.line);
        }
        String name = open.peek().group(2);
        return new SourceError("this {% " + name + " %} is never closed: add {% end" + name + " %} where it should end",
                lineAt(text, open.peek().start()));
    }

    /** Where a limit on loops is best looked for: the first loop of the text; 0 when it has none. */
    static int lineOfFirstLoop(String text) {
        Matcher loop = LOOP_TAG.matcher(text);
        return loop.find() ? lineAt(text, loop.start()) : 0;
    }

    /** The line of the first include tag in the text that names the file; 0 when there is none. */
    static int lineOfInclude(String text, String name) {
        Matcher include = INCLUDE_TAG.matcher(text);
        while (include.find()) {
            if (include.group(1).equals(name)) {
                return lineAt(text, include.start());
            }
        }
        return 0;
    }

    private static int lineAt(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}

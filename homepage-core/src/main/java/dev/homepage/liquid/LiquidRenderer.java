package dev.homepage.liquid;

import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.parser.Flavor;

/**
 * Runs the Liquid in page content through Liqp with Jekyll's flavour, filters and include rules. One instance is
 * shared by all threads.
 */
public final class LiquidRenderer {

    /** The folder of the site's own includes, which {@code {% include %}} reads before the built-in ones. */
    public static final String INCLUDES_FOLDER = "_includes";

    /** A Liquid error, with the 1-based line within the rendered text where known. */
    public static final class LiquidError extends Exception {
        private final int line;
        private final int column;

        LiquidError(String message, int line) {
            this(message, line, 0);
        }

        LiquidError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** The 1-based column, or 0 when unknown. */
        public int column() {
            return column;
        }

        public int line() {
            return line;
        }
    }

    private final TemplateParser parser;

    public LiquidRenderer(Path sourceDirectory, ZoneId timeZone, MarkdownRenderer markdown) {
        TemplateParser.Builder builder = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withLocale(Locale.ENGLISH)
                .withDefaultTimeZone(timeZone)
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .withShowExceptionsFromInclude(true)
                .withTag(SiteIncludes.include(sourceDirectory))
                .withTag(SiteIncludes.includeRelative(sourceDirectory));
        JekyllFilters.all(markdown).forEach(builder::withFilter);
        this.parser = builder.build();
    }

    /** Whether the text holds Liquid at all; text without it is not run through Liqp. */
    private static final Pattern PARSER_LOCATION = Pattern.compile(" on line \\d+, index \\d+$");
    private static final Pattern BLOCK_TAG =
            Pattern.compile("\\{%-?\\s*(end)?(if|unless|for|case|capture|tablerow|comment|raw)\\b");
    private static final Pattern INCLUDE_TAG = Pattern.compile("\\{%-?\\s*include(?:_relative)?\\s+([^\\s%}]+)");

    public static boolean hasLiquid(String text) {
        return text.contains("{{") || text.contains("{%");
    }

    public String render(String text, Map<String, Object> variables) throws LiquidError {
        try {
            return parser.parse(text).render(variables);
        } catch (LiquidException e) {
            if (e.getMessage().contains("<EOF>")) {
                throw unclosedBlock(text, e);
            }
            throw new LiquidError(PARSER_LOCATION.matcher(e.getMessage()).replaceFirst("")
                    + ": check the spelling of the tag and its {% %} or {{ }} delimiters", e.line,
                    e.charPositionInLine + 1);
        } catch (RuntimeException e) {
            String message = rootMessage(e);
            throw new LiquidError(message, lineOfIncludeNamedIn(text, message));
        }
    }

    /**
     * Liqp reports a block left open (an {@code if} without its {@code endif}) at the end of the text, where there
     * is nothing to fix; the last block tag opened and never closed is where the author has to look.
     */
    private static LiquidError unclosedBlock(String text, LiquidException e) {
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
            return new LiquidError("the text ends inside a block tag: close each {% if %}, {% for %}, {% unless %},"
                    + " {% case %} or {% capture %} with its {% endif %}, {% endfor %}, {% endunless %}, {% endcase %}"
                    + " or {% endcapture %}", e.line);
        }
        String name = open.peek().group(2);
        return new LiquidError("this {% " + name + " %} is never closed: add {% end" + name + " %} where it should end",
                lineAt(text, open.peek().start()));
    }

    /**
     * Liqp does not say where a failing include is; the first include tag of the text whose name the message
     * quotes is the one to fix. 0 when there is none.
     */
    private static int lineOfIncludeNamedIn(String text, String message) {
        Matcher include = INCLUDE_TAG.matcher(text);
        while (include.find()) {
            if (message.contains("'" + include.group(1) + "'")) {
                return lineAt(text, include.start());
            }
        }
        return 0;
    }

    private static int lineAt(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    /** Liqp wraps include failures; the innermost message is the one that says what is wrong. */
    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}

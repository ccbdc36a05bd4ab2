package dev.homepage.liquid;

import dev.homepage.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
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

        LiquidError(String message, int line) {
            super(message);
            this.line = line;
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
    public static boolean hasLiquid(String text) {
        return text.contains("{{") || text.contains("{%");
    }

    public String render(String text, Map<String, Object> variables) throws LiquidError {
        try {
            return parser.parse(text).render(variables);
        } catch (LiquidException e) {
            throw new LiquidError(e.getMessage(), e.line);
        } catch (RuntimeException e) {
            throw new LiquidError(rootMessage(e), 0);
        }
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

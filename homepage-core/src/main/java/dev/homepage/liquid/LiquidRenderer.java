package dev.homepage.liquid;

import dev.homepage.Problems;
import dev.homepage.markdown.MarkdownRenderer;
import dev.homepage.publications.BibEntry;
import dev.homepage.publications.BibliographyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Insertion;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.blocks.Block;
import liqp.exceptions.LiquidException;
import liqp.filters.Filter;
import liqp.filters.Filters;
import liqp.parser.Flavor;
import liqp.tags.Tag;

/**
 * Runs the Liquid in page content through Liqp with Jekyll's flavour, filters and include rules, reading the text as
 * Jekyll's Ruby Liquid reads it ({@link LaxSyntax}). One instance serves one build, on all threads.
 */
public final class LiquidRenderer {

    /**
     * Where the tags find the notes of the rendering under way: a variable whose name no Liquid text can spell, as
     * names in Liquid have no spaces.
     */
    private static final String NOTES_VARIABLE = "homepage notes";

    /**
     * Something the author should hear of that did not stop the rendering.
     *
     * @param file the included file it is in, relative to the source folder; null when it is in the text rendered
     * @param line the 1-based line in that file or text, or 0
     */
    public record Note(Path file, int line, String message) {
    }

    /**
     * A Liquid error: where it is, and for an error inside an included file, that file and the include tags that
     * led to it.
     */
    public static final class LiquidError extends Exception {
        private final int line;
        private final int column;
        private final Path include;
        private final int includeLine;
        private final List<String> includedBy;

        LiquidError(String message, int line) {
            this(message, line, 0);
        }

        LiquidError(String message, int line, int column) {
            this(message, line, column, null, 0, List.of());
        }

        private LiquidError(String message, int line, int column, Path include, int includeLine,
                List<String> includedBy) {
            super(message);
            this.line = line;
            this.column = column;
            this.include = include;
            this.includeLine = includeLine;
            this.includedBy = includedBy;
        }

        /** The 1-based line in the text rendered: of the error, or of the include tag that leads to it; or 0. */
        public int line() {
            return line;
        }

        /** The 1-based column, or 0 when unknown. */
        public int column() {
            return column;
        }

        /** The included file the error is in, relative to the source folder; null when it is in the text. */
        public Path include() {
            return include;
        }

        /** The 1-based line of the error in {@link #include()}, or 0. */
        public int includeLine() {
            return includeLine;
        }

        /** The includes between {@link #include()} and the text, innermost first, each as file:line. */
        public List<String> includedBy() {
            return includedBy;
        }
    }

    private final TemplateParser parser;
    private final LaxSyntax syntax;
    private final LiquidLimits limits;

    public LiquidRenderer(Path sourceDirectory, ZoneId timeZone, MarkdownRenderer markdown) {
        this(sourceDirectory, timeZone, markdown, LiquidLimits.DEFAULT);
    }

    LiquidRenderer(Path sourceDirectory, ZoneId timeZone, MarkdownRenderer markdown, LiquidLimits limits) {
        this.limits = limits;
        List<Filter> filters = new ArrayList<>(JekyllFilters.all(markdown));
        filters.addAll(CollectionFilters.all());
        filters.addAll(PluginFilters.all());
        Set<String> knownFilters = new HashSet<>(Filters.JEKYLL_FILTERS.getMap().keySet());
        filters.forEach(filter -> knownFilters.add(filter.name));
        List<Insertion> tags = new ArrayList<>(JekyllTags.all());
        tags.addAll(PluginTags.all(sourceDirectory, markdown));
        tags.addAll(new ScholarTags(new Bibliography(sourceDirectory)).all());
        Set<String> opaqueTags = new HashSet<>();
        tags.forEach(tag -> opaqueTags.add(tag.name));
        this.syntax = new LaxSyntax(knownFilters::contains, opaqueTags);
        SiteIncludes includes = new SiteIncludes(sourceDirectory, syntax, limits);
        this.parser = limits.parser(() -> {
            TemplateParser.Builder builder = new TemplateParser.Builder()
                    .withFlavor(Flavor.JEKYLL)
                    .withLocale(Locale.ENGLISH)
                    .withDefaultTimeZone(timeZone)
                    .withErrorMode(TemplateParser.ErrorMode.WARN)
                    .withShowExceptionsFromInclude(true)
                    .withTag(includes.include())
                    .withTag(includes.includeRelative());
            for (Insertion tag : tags) {
                if (tag instanceof Block block) {
                    builder.withBlock(block);
                } else {
                    builder.withTag((Tag) tag);
                }
            }
            filters.forEach(builder::withFilter);
            return builder;
        });
    }

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

    /**
     * The entries of {@code _bibliography/}, read when a tag first needs them; what is wrong in them is reported by
     * the publications, which read them too.
     */
    private static final class Bibliography implements Supplier<List<BibEntry>> {
        private final Path sourceDirectory;
        private List<BibEntry> entries;

        Bibliography(Path sourceDirectory) {
            this.sourceDirectory = sourceDirectory;
        }

        @Override
        public synchronized List<BibEntry> get() {
            if (entries == null) {
                try {
                    entries = new BibliographyLoader().load(sourceDirectory, new Problems());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return entries;
        }
    }

    /** Whether the text holds Liquid at all; text without it is not run through Liqp. */
    public static boolean hasLiquid(String text) {
        return text.contains("{{") || text.contains("{%");
    }

    /**
     * Renders the text.
     *
     * @param notes hears of what the author should know that did not stop the rendering
     */
    public String render(String text, Map<String, Object> variables, Consumer<Note> notes) throws LiquidError {
        try {
            return renderGuarded(text, variables, notes);
        } catch (StackOverflowError e) {
            throw new LiquidError(Problems.TOO_DEEP, 0);
        }
    }

    private String renderGuarded(String text, Map<String, Object> variables, Consumer<Note> notes)
            throws LiquidError {
        LaxSyntax.Rewritten rewritten = syntax.rewrite(text);
        rewritten.notes().forEach(note -> notes.accept(new Note(null, note.line(), note.message())));
        Template template;
        try {
            template = parser.parse(rewritten.text());
        } catch (LiquidException e) {
            if (e.getMessage() != null && e.getMessage().contains("<EOF>")) {
                throw unclosedBlock(text, e);
            }
            throw new LiquidError(describe(e, text), e.line, e.charPositionInLine + 1);
        }
        Map<String, Object> withNotes = new HashMap<>(variables);
        withNotes.put(NOTES_VARIABLE, notes);
        try {
            String rendered = template.render(withNotes);
            template.errors().forEach(error -> notes.accept(new Note(null, lineOf(error, text), describe(error))));
            return rendered;
        } catch (RuntimeException e) {
            Optional<LiquidLimits.Exceeded> limit = limits.reached(e);
            if (limit.isPresent()) {
                // A limit holds for the whole page, wherever it is reached: at the include tag or loop to look at.
                int line = limit.get().include() == null ? lineOfFirstLoop(text)
                        : lineOfInclude(text, limit.get().include());
                throw new LiquidError(limit.get().getMessage(), line);
            }
            IncludeFailure failure = IncludeFailure.in(e);
            if (failure == null) {
                throw new LiquidError(describe(e), lineOf(e, text));
            }
            int tagLine = lineOfInclude(text, failure.includeName());
            if (failure.file() == null) {
                throw new LiquidError(failure.getMessage(), tagLine);
            }
            throw new LiquidError(failure.getMessage(), tagLine, 0, failure.file(), failure.line(),
                    failure.includedBy());
        }
    }

    /** Where the tags of a rendering send what the author should hear of. */
    @SuppressWarnings("unchecked")
    static Consumer<Note> notes(TemplateContext context) {
        return context.get(NOTES_VARIABLE) instanceof Consumer<?> notes ? (Consumer<Note>) notes : note -> { };
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

    /** Where a limit on loops is best looked for: the first loop of the text; 0 when it has none. */
    private static int lineOfFirstLoop(String text) {
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

package dev.homepage.liquid;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.SourceFolder;
import dev.homepage.markdown.MarkdownRenderer;
import dev.homepage.publications.BibEntry;
import dev.homepage.publications.BibliographyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    private final Path sourceDirectory;
    private final ZoneId timeZone;
    private final MarkdownRenderer markdown;
    private final LiquidLimits limits;
    private final SourceFolder sources;
    /** Liqp with its filters and tags, set up when a text first holds Liquid: a site without any never loads it. */
    private volatile Engine engine;

    /** Liqp as homepage configures it, and the rewriting of Ruby Liquid's lax syntax that goes with it. */
    private record Engine(TemplateParser parser, LaxSyntax syntax) {
    }

    public LiquidRenderer(Path sourceDirectory, ZoneId timeZone, MarkdownRenderer markdown) {
        this(sourceDirectory, timeZone, markdown, LiquidLimits.DEFAULT);
    }

    LiquidRenderer(Path sourceDirectory, ZoneId timeZone, MarkdownRenderer markdown, LiquidLimits limits) {
        this.sourceDirectory = sourceDirectory;
        this.timeZone = timeZone;
        this.markdown = markdown;
        this.limits = limits;
        this.sources = new SourceFolder(sourceDirectory);
    }

    private Engine engine() {
        Engine ready = engine;
        if (ready == null) {
            synchronized (this) {
                ready = engine;
                if (ready == null) {
                    ready = newEngine();
                    engine = ready;
                }
            }
        }
        return ready;
    }

    private Engine newEngine() {
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
        LaxSyntax syntax = new LaxSyntax(knownFilters::contains, opaqueTags);
        SiteIncludes includes = new SiteIncludes(sourceDirectory, syntax, limits);
        TemplateParser parser = limits.parser(() -> {
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
        return new Engine(parser, syntax);
    }

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

    /** The source folder, from which {@code include_relative} reads. */
    public SourceFolder sources() {
        return sources;
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
    public String render(String text, Map<String, Object> variables, Consumer<Note> notes) throws SourceError {
        try {
            return renderGuarded(text, variables, notes);
        } catch (StackOverflowError e) {
            throw new SourceError(Problems.TOO_DEEP, 0);
        }
    }

    private String renderGuarded(String text, Map<String, Object> variables, Consumer<Note> notes)
            throws SourceError {
        Engine liqp = engine();
        LaxSyntax.Rewritten rewritten = liqp.syntax().rewrite(text);
        rewritten.notes().forEach(note -> notes.accept(new Note(null, note.line(), note.message())));
        Template template;
        try {
            template = liqp.parser().parse(rewritten.text());
        } catch (LiquidException e) {
            if (e.getMessage() != null && e.getMessage().contains("<EOF>")) {
                throw LiquidErrorText.unclosedBlock(text, e);
            }
            throw new SourceError(LiquidErrorText.describe(e, text), e.line, e.charPositionInLine + 1);
        }
        Map<String, Object> withNotes = new HashMap<>(variables);
        withNotes.put(NOTES_VARIABLE, notes);
        try {
            String rendered = template.render(withNotes);
            template.errors().forEach(error -> notes.accept(new Note(null, LiquidErrorText.lineOf(error, text), LiquidErrorText.describe(error))));
            return rendered;
        } catch (RuntimeException e) {
            Optional<LiquidLimits.Exceeded> limit = limits.reached(e);
            if (limit.isPresent()) {
                // A limit holds for the whole page, wherever it is reached: at the include tag or loop to look at.
                int line = limit.get().include() == null ? LiquidErrorText.lineOfFirstLoop(text)
                        : LiquidErrorText.lineOfInclude(text, limit.get().include());
                throw new SourceError(limit.get().getMessage(), line);
            }
            IncludeFailure failure = IncludeFailure.in(e);
            if (failure == null) {
                throw new SourceError(LiquidErrorText.describe(e), LiquidErrorText.lineOf(e, text));
            }
            int tagLine = LiquidErrorText.lineOfInclude(text, failure.includeName());
            if (failure.file() == null) {
                throw new SourceError(failure.getMessage(), tagLine);
            }
            List<SourceError.Place> route = new ArrayList<>(failure.includedBy());
            route.add(new SourceError.Place(null, tagLine));
            throw new SourceError(failure.getMessage(), new SourceError.Place(failure.file(), failure.line()), 0,
                    route, null);
        }
    }

    /** Where the tags of a rendering send what the author should hear of. */
    @SuppressWarnings("unchecked")
    static Consumer<Note> notes(TemplateContext context) {
        return context.get(NOTES_VARIABLE) instanceof Consumer<?> notes ? (Consumer<Note>) notes : note -> { };
    }
}

package dev.homepage.body;

import dev.homepage.Problem;
import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import dev.homepage.content.SiteContent;
import dev.homepage.liquid.LiquidRenderer;
import dev.homepage.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders each document's body: Liquid first, then Markdown, as Jekyll does; in parallel. A body an earlier build
 * rendered from the same inputs is taken instead, as {@link EarlierBodies} finds it.
 */
public final class BodyRenderer {

    private static final Pattern FIRST_PARAGRAPH = Pattern.compile("(?s)<p[\\s>].*?</p>");

    private final LiquidRenderer liquid;
    private final MarkdownRenderer markdown;
    private final EarlierBodies cache;
    private final SiteLayouts layouts;
    private final AtomicInteger rendered = new AtomicInteger();

    /** @param layouts the site's own layouts, which the bodies of the documents that name them go through */
    public BodyRenderer(LiquidRenderer liquid, MarkdownRenderer markdown, EarlierBodies cache, SiteLayouts layouts) {
        this.liquid = liquid;
        this.markdown = markdown;
        this.cache = cache;
        this.layouts = layouts;
    }

    /**
     * Renders every document, keyed by its source path. Collection items come first and pages after them, as in
     * Jekyll, so that a page looping over {@code site.talks} sees each talk's rendered content and excerpt.
     *
     * <p>A body is taken from the earlier bodies instead when they have it, rendered from the same inputs.
     */
    public Map<Path, RenderedDocument> render(SiteContent content, SiteConfig config, Problems problems) {
        List<Document> items = content.collections().values().stream().flatMap(List::stream).toList();
        Map<Path, RenderedDocument> renderedItems = renderAll(items, config,
                () -> new LiquidVariables(config, content, Map.of()), problems);
        Map<Path, RenderedDocument> rendered = new HashMap<>(renderedItems);
        rendered.putAll(renderAll(content.pages(), config,
                () -> new LiquidVariables(config, content, renderedItems), problems));
        // Said at every build, also of bodies taken from the cache: a warning lasts as long as its cause.
        rendered.values().forEach(body -> body.warnings().forEach(
                warning -> problems.warn(warning.file(), warning.line(), warning.message())));
        return rendered;
    }

    /** How many documents this renderer rendered, rather than took from the cache: the work the cache did not save. */
    public int rendered() {
        return rendered.get();
    }

    /** Renders the documents not in the cache; the Liquid variables are made only if one needs them. */
    private Map<Path, RenderedDocument> renderAll(List<Document> documents, SiteConfig config,
            Supplier<LiquidVariables> variables, Problems problems) {
        Map<Path, RenderedDocument> rendered = new HashMap<>();
        List<Document> toRender = new ArrayList<>();
        for (Document document : documents) {
            RenderedDocument before = cache.find(document);
            if (before == null) {
                toRender.add(document);
            } else {
                rendered.put(document.source(), before);
            }
        }
        LiquidVariables liquidVariables = toRender.stream()
                .anyMatch(document -> hasLiquid(document) || readsTheSite(document, config)) ? variables.get() : null;
        toRender.parallelStream()
                .map(document -> render(document, liquidVariables, config, problems))
                .flatMap(Optional::stream)
                .toList()
                .forEach(document -> {
                    cache.keep(document);
                    rendered.put(document.document().source(), document);
                });
        return rendered;
    }

    /**
     * Whether rendering the document runs Liquid: its body has some, its layout includes files, or it goes through
     * layouts of the site's own.
     */
    private boolean needsLiquid(Document document) {
        return hasLiquid(document) || layouts.runFor(document);
    }

    /**
     * Whether the document reads the site even when its own file has no Liquid, and so is rendered with the Liquid
     * variables and again when the site changes: it goes through layouts of the site's own, or it is paginated (its
     * pages are made from the site's posts, as an index drawn by the theme's home layout).
     */
    public boolean readsTheSite(Document document, SiteConfig config) {
        return layouts.runFor(document) || Pagination.paginates(document, config.pagination());
    }

    /** Whether the document's own file asks for Liquid: its body has some, or its layout includes files. */
    public static boolean hasLiquid(Document document) {
        return LiquidRenderer.hasLiquid(document.body()) || !LayoutIncludes.namesOf(document).isEmpty();
    }

    /** @param variables what Liquid sees; null when none of the bodies to render has Liquid */
    private Optional<RenderedDocument> render(Document document, LiquidVariables variables,
            SiteConfig config, Problems problems) {
        rendered.incrementAndGet();
        List<Pagination.Page> pages = variables == null ? List.of() : Pagination.of(document, config, variables.site());
        if (pages.isEmpty()) {
            return renderPage(document, variables, null, problems);
        }
        Optional<RenderedDocument> first = Optional.empty();
        List<RenderedDocument> later = new ArrayList<>();
        for (Pagination.Page page : pages) {
            Optional<RenderedDocument> rendered = renderPage(page.number() == 1 ? document : document.at(page.url()),
                    variables, page.paginator(), problems);
            if (rendered.isEmpty()) {
                return rendered;
            }
            if (page.number() == 1) {
                first = rendered;
            } else {
                later.add(rendered.get());
            }
        }
        return first.map(page -> new RenderedDocument(page.document(), page.html(), page.excerptHtml(),
                page.citationHtml(), page.warnings(), List.copyOf(later), page.includedHtml()));
    }

    /** One page of a body; with the paginator of its page when it is paginated, else with none. */
    private Optional<RenderedDocument> renderPage(Document document, LiquidVariables liquidVariables,
            Map<String, Object> paginator, Problems problems) {
        String body = document.body();
        List<Problem> warnings = new ArrayList<>();
        try {
            Map<String, Object> variables = new HashMap<>();
            if (needsLiquid(document)) {
                variables.put("site", liquidVariables.site());
                variables.put("page", liquidVariables.page(document));
                if (paginator != null) {
                    variables.put("paginator", paginator);
                }
            }
            if (LiquidRenderer.hasLiquid(body)) {
                Optional<String> rendered = renderLiquid(document.source(), body, document.bodyLine(), variables,
                        warnings::add, problems);
                if (rendered.isEmpty()) {
                    return Optional.empty();
                }
                body = rendered.get();
            }
            String content = document.markdown() ? markdown.render(body) : body;
            // academicpages writes a citation line; al-folio's citation: true asks for a "cite this post" block instead.
            String citation = document.frontMatter().get("citation") instanceof String line ? line : "";
            String excerpt = excerpt(document, content);
            String citationHtml = citation.isBlank() ? "" : markdown.renderInline(citation);
            Optional<Map<String, String>> included = renderIncluded(document, variables, warnings, problems);
            Optional<String> html = included.flatMap(files -> placeInLayouts(document, content, variables, warnings,
                    problems));
            if (html.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new RenderedDocument(document, html.get(), excerpt, citationHtml, List.copyOf(warnings),
                    List.of(), included.get()));
        } catch (MarkdownRenderer.TooDeep e) {
            // After Liquid, the lines are those of the file where the Liquid kept them, as it mostly does.
            problems.error(document.source(), lineInFile(document.bodyLine(), e.line()), e.getMessage());
        } catch (StackOverflowError e) {
            problems.error(document.source(), document.bodyLine(), "the text " + Problems.TOO_DEEP);
        }
        return Optional.empty();
    }

    /**
     * The content in the site's own layouts the document goes through ({@link SiteLayouts}), innermost first, as
     * Jekyll places it: each layout's Liquid with the content so far as {@code content} and its front matter as
     * {@code layout}. The content as it is when the document goes through none.
     *
     * @return the laid-out HTML; empty when a layout has an error, which is reported at its line
     */
    private Optional<String> placeInLayouts(Document document, String content, Map<String, Object> variables,
            List<Problem> warnings, Problems problems) {
        Optional<SiteLayouts.Chain> chain = layouts.chainOf(document);
        if (chain.isEmpty()) {
            return Optional.of(content);
        }
        String html = content;
        for (SiteLayouts.Layout layout : chain.get().layouts()) {
            Map<String, Object> inLayout = new HashMap<>(variables);
            inLayout.put("content", html);
            inLayout.put("layout", layout.data());
            Optional<String> rendered = renderLiquid(layout.file(), layout.text(), layout.bodyLine(), inLayout,
                    warnings::add, " (laying out " + document.source().toString().replace('\\', '/') + ")", problems);
            if (rendered.isEmpty()) {
                return rendered;
            }
            html = rendered.get();
        }
        return Optional.of(html);
    }

    /**
     * The files the document's layout includes ({@link LayoutIncludes}), each rendered as al-folio's layout renders
     * it: {@code include_relative} in the page's Liquid, then Markdown. A file that is not there is warned of at the
     * line naming it, and left out; an error in a file stops the page, as in its body.
     *
     * @return the HTML of each, by name, in the front matter's order; empty when one has an error
     */
    private Optional<Map<String, String>> renderIncluded(Document document, Map<String, Object> variables,
            List<Problem> warnings, Problems problems) {
        List<String> names = LayoutIncludes.namesOf(document);
        if (names.isEmpty()) {
            return Optional.of(Map.of());
        }
        String written = readOrEmpty(document.source());
        Path folder = document.source().getParent();
        Map<String, String> included = new LinkedHashMap<>();
        for (String name : names) {
            int line = LayoutIncludes.lineOf(written, name);
            Path file = folder == null ? Path.of(name) : folder.resolve(name);
            if (!LayoutIncludes.isValidName(name) || sourceFile(file).isEmpty()) {
                warnings.add(new Problem(document.source(), line, "the file '" + name + "' that this "
                        + LayoutIncludes.PROFILES_LAYOUT + " layout includes is not in "
                        + (folder == null ? "the source folder" : folder + "/") + ", so its profile shows no text:"
                        + " add it, or fix the name"));
                continue;
            }
            Optional<String> rendered = renderLiquid(document.source(), "{% include_relative " + name + " %}",
                    Math.max(line, 1), variables, warnings::add, problems);
            if (rendered.isEmpty()) {
                return Optional.empty();
            }
            included.put(name, markdown.render(rendered.get()));
        }
        return Optional.of(Collections.unmodifiableMap(included));
    }

    /** The text of a source file, for the lines of its messages; "" when it cannot be read. */
    private String readOrEmpty(Path source) {
        try {
            Optional<Path> file = sourceFile(source);
            return file.isPresent() ? Files.readString(file.get()) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The file of the source folder at the relative path; none when it is not there or leads out of the folder. */
    private Optional<Path> sourceFile(Path relative) {
        try {
            return liquid.sources().file(relative);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Renders a file's Liquid, its warnings told at their lines in the file (or in the included file they are in),
     * an error reported at its place: in the file, or in the included file at fault, with the include tags that
     * lead there; empty then.
     *
     * @param bodyLine the file's line where the text starts, after its front matter
     */
    private Optional<String> renderLiquid(Path file, String text, int bodyLine, Map<String, Object> variables,
            Consumer<Problem> warnings, Problems problems) {
        return renderLiquid(file, text, bodyLine, variables, warnings, "", problems);
    }

    /** @param laidOut what an error message adds to say which page the text was rendered for, or "" */
    private Optional<String> renderLiquid(Path file, String text, int bodyLine, Map<String, Object> variables,
            Consumer<Problem> warnings, String laidOut, Problems problems) {
        try {
            return Optional.of(liquid.render(text, variables, note -> warnings.accept(note.file() == null
                    ? new Problem(file, lineInFile(bodyLine, note.line()), note.message())
                    : new Problem(note.file(), note.line(), note.message()))));
        } catch (SourceError e) {
            // A line of the text is one of the file; a place the text leads to is in a file of its own.
            SourceError.Place at = e.place().file() != null ? e.place()
                    : new SourceError.Place(file, lineInFile(bodyLine, e.line()));
            String route = e.route().stream().map(place -> place.file() != null ? place
                    : new SourceError.Place(file, place.line() > 0 ? lineInFile(bodyLine, place.line()) : 0))
                    .map(SourceError.Place::toString).collect(Collectors.joining(", from "));
            problems.error(at.file(), at.line(), e.column(), "Liquid: " + e.getMessage()
                    + (route.isEmpty() ? "" : " (included from " + route + ")") + laidOut);
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.error(file, bodyLine, "the Liquid " + Problems.TOO_DEEP);
            return Optional.empty();
        }
    }

    /**
     * Renders the Liquid of a file that is no document, such as a Sass file, with the {@code site} pages see.
     *
     * @param bodyLine the file's line where the text starts, after its front matter
     */
    public Optional<String> renderLiquid(Path file, String text, int bodyLine, SiteConfig config,
            SiteContent content, Problems problems) {
        if (!LiquidRenderer.hasLiquid(text)) {
            return Optional.of(text);
        }
        return renderLiquid(file, text, bodyLine, Map.of("site", new LiquidVariables(config, content, Map.of()).site(),
                "page", Map.of("path", file.toString().replace('\\', '/'))), warning -> problems.warn(
                        warning.file(), warning.line(), warning.message()), problems);
    }

    /** The line in the file of a 1-based line of its text; the text's first line when unknown. */
    private static int lineInFile(int bodyLine, int line) {
        return line > 0 ? bodyLine + line - 1 : bodyLine;
    }

    private String excerpt(Document document, String html) {
        String declared = document.text("excerpt");
        if (!declared.isBlank()) {
            return markdown.render(declared);
        }
        Matcher paragraph = FIRST_PARAGRAPH.matcher(html);
        return paragraph.find() ? paragraph.group() : "";
    }
}

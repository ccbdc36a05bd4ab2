package dev.homepage.body;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.SourceFolder;
import dev.homepage.config.SourceNames;
import dev.homepage.content.Document;
import dev.homepage.content.FrontMatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The layouts of the site's own {@code _layouts/} that homepage runs: those the theme has none of, that go into a
 * layout the theme draws. A site's {@code people} layout, say, writes its list of people from
 * {@code site.data} around the page's content and goes into {@code layout: default}: homepage runs it as Liquid,
 * as Jekyll does, and the theme draws the page around the result. A layout of a name the theme knows
 * ({@code page}, {@code post}, {@code single}...) is the theme's; one that is a whole HTML document of its own
 * (it names no layout to go into, as al-folio's {@code distill}) is not run, and the theme draws its page.
 *
 * <p>One per build: the layouts are read when a document first names one, each once.
 */
public final class SiteLayouts {

    /** A file of the site's layouts, read. */
    private record SiteLayout(Path file, FrontMatter text) {

        /** The layout it goes into, or "" when it is a whole document. */
        String parent() {
            Object parent = text.data().get("layout");
            return parent == null ? "" : String.valueOf(parent).strip();
        }
    }

    /**
     * The site's layouts a page goes through, innermost first, and the theme's layout that draws the result.
     *
     * @param themeLayout the first layout of the chain the theme knows, such as {@code default} or {@code page}
     */
    public record Chain(List<Layout> layouts, String themeLayout) {
    }

    /**
     * One of the site's layouts, ready to run.
     *
     * @param name its name, as a {@code layout:} line names it
     * @param file the layout's file, relative to the source folder
     * @param text its Liquid, after the front matter
     * @param bodyLine the file's line where the text starts
     * @param data Liquid's {@code layout}: its front matter under that of the layouts inside it, as in Jekyll
     */
    public record Layout(String name, Path file, String text, int bodyLine, Map<String, Object> data) {
    }

    private static final Optional<SiteLayout> NONE = Optional.empty();

    private final SourceFolder sources;
    private final Predicate<String> themeKnows;
    private final Problems problems;
    private final Map<String, Optional<SiteLayout>> layouts = new ConcurrentHashMap<>();
    private final Map<String, Resolved> chains = new ConcurrentHashMap<>();
    private Map<String, Path> files;

    /**
     * @param themeKnows whether the theme draws pages of a layout of that name itself
     * @param problems hears of a layout file that cannot be read, once
     */
    public SiteLayouts(SourceFolder sources, Predicate<String> themeKnows, Problems problems) {
        this.sources = sources;
        this.themeKnows = themeKnows;
        this.problems = problems;
    }

    /** The site's layouts the document goes through; none when its layout is the theme's or is not run. */
    public Optional<Chain> chainOf(Document document) {
        return resolved(document).flatMap(Resolved::chain);
    }

    /** Whether the document goes through layouts of the site's own. */
    public boolean runFor(Document document) {
        return chainOf(document).isPresent();
    }

    /**
     * Why the site's layout the document names is not run, in words; empty when it names none of the site's, or one
     * that is run.
     */
    public Optional<String> whyNotRun(Document document) {
        return resolved(document).map(Resolved::whyNot).filter(why -> !why.isEmpty());
    }

    /** What a layout's name leads to: the chain to run, or why there is none ("" when it is no site layout). */
    private record Resolved(Optional<Chain> chain, String whyNot) {
    }

    private Optional<Resolved> resolved(Document document) {
        String layout = document.text("layout").strip();
        if (layout.isEmpty() || themeKnows.test(layout)) {
            return Optional.empty();
        }
        return Optional.of(chains.computeIfAbsent(layout, this::chainFrom));
    }

    private Resolved chainFrom(String name) {
        List<Layout> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String next = name;
        while (!themeKnows.test(next)) {
            if (!seen.add(next)) {
                return new Resolved(Optional.empty(), "the site's layouts '" + String.join("', '", seen) + "'"
                        + " go into each other in a loop, so homepage does not run them");
            }
            Optional<SiteLayout> layout = layout(next);
            if (layout.isEmpty()) {
                return new Resolved(Optional.empty(), next.equals(name) ? "" : "the site's layout '"
                        + chain.get(chain.size() - 1).name() + "' goes into '" + next + "', which is neither in "
                        + SourceNames.LAYOUTS_FOLDER + "/ nor in the theme, so homepage does not run it");
            }
            if (layout.get().parent().isEmpty()) {
                return new Resolved(Optional.empty(), "the site's layout '" + next + "' is a whole HTML page of"
                        + " its own (it names no layout to go into), which homepage does not run");
            }
            FrontMatter text = layout.get().text();
            chain.add(new Layout(next, layout.get().file(), text.body(), text.bodyLine(),
                    withParents(text.data(), chain)));
            next = layout.get().parent();
        }
        return new Resolved(Optional.of(new Chain(List.copyOf(chain), next)), "");
    }

    /** Jekyll's {@code layout} variable: the layout's front matter over that of the layouts inside it. */
    private static Map<String, Object> withParents(Map<String, Object> data, List<Layout> inner) {
        Map<String, Object> merged = new HashMap<>(data);
        if (!inner.isEmpty()) {
            merged.putAll(inner.get(inner.size() - 1).data());
        }
        // Front matter may hold empty values (a key with nothing after it), which Map.copyOf refuses.
        return Collections.unmodifiableMap(merged);
    }

    private Optional<SiteLayout> layout(String name) {
        return layouts.computeIfAbsent(name, this::read);
    }

    /** The layout of that name, from the first file of {@code _layouts/} whose name without extension it is. */
    private Optional<SiteLayout> read(String name) {
        Path file = files().get(name);
        if (file == null) {
            return NONE;
        }
        try {
            return Optional.of(new SiteLayout(file,
                    FrontMatter.parse(Files.readString(sources.root().resolve(file)))));
        } catch (SourceError e) {
            // Jekyll, too, reads past a layout it cannot read; its pages still build, drawn by the theme.
            problems.warn(file, e.line(), e.getMessage() + "; the layout is not run, and the theme draws its pages");
        } catch (IOException | UncheckedIOException e) {
            problems.warn(file, 0, "the layout cannot be read (" + e.getMessage() + "), so it is not run and the"
                    + " theme draws its pages: check that it is UTF-8 text");
        }
        return NONE;
    }

    /**
     * The files of {@code _layouts/} by their path in it without extension ({@code people}, {@code blog/post});
     * of two that differ only in extension, the first in path order, as Jekyll reads one of them.
     */
    private synchronized Map<String, Path> files() {
        if (files == null) {
            Path folder = Path.of(SourceNames.LAYOUTS_FOLDER);
            Map<String, Path> byName = new HashMap<>();
            try {
                for (Path file : sources.files(folder, problems)) {
                    String name = folder.relativize(file).toString().replace('\\', '/');
                    int dot = name.lastIndexOf('.');
                    byName.putIfAbsent(dot > name.lastIndexOf('/') + 1 ? name.substring(0, dot) : name, file);
                }
            } catch (IOException e) {
                problems.warn(folder, 0, "the folder cannot be read (" + e.getMessage() + "), so the site's own"
                        + " layouts are not run: check its permissions");
            }
            files = Map.copyOf(byName);
        }
        return files;
    }
}

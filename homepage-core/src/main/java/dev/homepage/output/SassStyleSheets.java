package dev.homepage.output;

import com.sass_lang.embedded_protocol.OutboundMessage.CompileResponse.CompileFailure;
import com.sass_lang.embedded_protocol.OutputStyle;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.SassCompilationFailedException;
import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;
import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.SourceFolder;
import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.FrontMatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The site's Sass, as Jekyll treats it: a {@code .scss} or {@code .sass} file that starts with front matter is
 * compiled to a {@code .css} file of the same name, after the Liquid in it is rendered (real themes write
 * {@code {{ site.max_width }}} or {@code @import "skins/{{ site.skin }}"} in their Sass), its imports read from the
 * {@code _sass/} folder (or the config's {@code sass: {sass_dir: ...}}) and its own folder; one without front
 * matter is copied as it is.
 *
 * <p>The compiler is Dart Sass, the reference implementation, which {@code sass-embedded-host} ships for each
 * platform inside its jar: nothing is downloaded. It starts only for a site with such files, and only when one of
 * them or the Sass folder changed since the last build. Where it cannot run, each file is left out with a
 * warning: Sass is never published raw.
 */
public final class SassStyleSheets {

    private static final String DEFAULT_SASS_FOLDER = SourceNames.SASS_FOLDER;

    /** The CSS each file gave, by what it was made from. */
    private final Memo<String, Compiled> compiled = new Memo<>();
    private final AtomicInteger compilations = new AtomicInteger();

    /** A file's CSS, or the problem that stopped it, by line (0 when unknown). */
    private record Compiled(String css, String problem, int line, boolean warning) {
    }

    /** How many Sass files these style sheets compiled, rather than took from the last build, over all builds. */
    public int compiled() {
        return compilations.get();
    }

    /** Renders the Liquid of a Sass file's body, as Jekyll does before it compiles it. */
    @FunctionalInterface
    public interface Liquid {
        /**
         * @param bodyLine the file's line where the body starts
         * @return the rendered body, or empty when the Liquid failed, which it then reported
         */
        java.util.Optional<String> render(Path file, String body, int bodyLine, Problems problems);
    }

    /**
     * The site's files copied as they are, split into the Sass to compile and the rest.
     *
     * @param sass the Sass files with front matter, relative to the source folder
     * @param copied the other files
     */
    public record Split(List<Path> sass, List<Path> copied) {
    }

    public static Split split(Path sourceDirectory, List<Path> staticFiles) throws IOException {
        List<Path> sass = new ArrayList<>();
        List<Path> copied = new ArrayList<>();
        for (Path file : staticFiles) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean sassFile = name.endsWith(".scss") || name.endsWith(".sass");
            (sassFile && startsWithFrontMatter(sourceDirectory.resolve(file)) ? sass : copied).add(file);
        }
        return new Split(List.copyOf(sass), List.copyOf(copied));
    }

    /**
     * Compiles each Sass file to the CSS file of its name; a file that does not compile is an error at its line, and
     * one the compiler cannot run for is left out with a warning.
     */
    public List<OutputPage> compile(Path sourceDirectory, List<Path> files, SiteConfig config, Liquid liquid,
            Problems problems) throws IOException {
        compiled.nextBuild();
        if (files.isEmpty()) {
            return List.of();
        }
        Path sassFolder = sourceDirectory.resolve(config.sassFolder());
        SourceFolder sources = new SourceFolder(sourceDirectory);
        String folderFingerprint = Fingerprint.ofFiles(sourceDirectory,
                sources.files(sourceDirectory.relativize(sassFolder), problems));
        List<OutputPage> pages = new ArrayList<>();
        SassCompiler compiler = null;
        String unavailable = null;
        try {
            for (Path file : files) {
                String text = Files.readString(sourceDirectory.resolve(file), StandardCharsets.UTF_8);
                FrontMatter parsed;
                try {
                    parsed = FrontMatter.parse(text);
                } catch (SourceError e) {
                    problems.error(file, e.line(), "the front matter is not valid YAML: " + e.getMessage());
                    continue;
                }
                java.util.Optional<String> body = liquid.render(file, parsed.body(), parsed.bodyLine(), problems);
                if (body.isEmpty()) {
                    continue;
                }
                // The front matter becomes empty lines, so that the compiler's line numbers are the file's.
                String sass = "\n".repeat(Math.max(0, parsed.bodyLine() - 1)) + body.get();
                String key = Fingerprint.of(file.toString(), sass, folderFingerprint);
                Compiled result = compiled.find(key);
                if (result == null) {
                    if (compiler == null && unavailable == null) {
                        try {
                            compiler = SassCompilerFactory.bundled();
                            compiler.setOutputStyle(OutputStyle.EXPANDED);
                            compiler.setSilent(true);
                            compiler.setGenerateSourceMaps(false);
                        } catch (IOException | RuntimeException e) {
                            unavailable = String.valueOf(e.getMessage());
                        }
                    }
                    result = compiler == null ? new Compiled(null, "is Sass, and the Sass compiler cannot run on this"
                            + " machine (" + unavailable + "): it is left out of the site rather than published raw;"
                            + " compile it to CSS yourself and publish that", 0, true)
                            : compile(compiler, file, sass, loadPaths(sources, List.of(sassFolder,
                                    sourceDirectory.resolve(file).getParent())));
                    compilations.incrementAndGet();
                }
                compiled.put(key, result);
                if (result.css() != null) {
                    pages.add(new OutputPage("/" + cssPath(file), file, result.css()));
                } else if (result.warning()) {
                    problems.warn(file, result.line(), result.problem());
                } else {
                    problems.error(file, result.line(), result.problem());
                }
            }
        } finally {
            if (compiler != null) {
                compiler.close();
            }
        }
        return pages;
    }

    /**
     * The folders the compiler may import from. The compiler reads them itself, past the source folder's gate: a
     * folder holding a link that leads out of the source folder (warned of by the gate) is not one of them.
     */
    private static List<java.io.File> loadPaths(SourceFolder sources, List<Path> folders) throws IOException {
        List<java.io.File> paths = new ArrayList<>();
        for (Path folder : folders) {
            Problems outside = new Problems();
            sources.files(sources.root().relativize(folder), outside);
            if (outside.warnings().isEmpty()) {
                paths.add(folder.toFile());
            }
        }
        return paths;
    }

    private static Compiled compile(SassCompiler compiler, Path file, String sass, List<java.io.File> loadPaths)
            throws IOException {
        compiler.setLoadPaths(loadPaths);
        boolean indented = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sass");
        try {
            String css = compiler.compileString(sass, indented ? Syntax.INDENTED : Syntax.SCSS,
                    OutputStyle.EXPANDED).getCss();
            return new Compiled(css.endsWith("\n") ? css : css + "\n", null, 0, false);
        } catch (SassCompilationFailedException e) {
            CompileFailure failure = e.getCompileFailure();
            int line = failure.hasSpan() && failure.getSpan().hasStart() ? failure.getSpan().getStart().getLine() + 1
                    : 0;
            return new Compiled(null, "Sass: " + failure.getMessage() + ": fix the Sass here (imports are read from "
                    + DEFAULT_SASS_FOLDER + "/ and the file's own folder)", line, false);
        }
    }

    /** {@code assets/css/main.scss} is published as {@code assets/css/main.css}. */
    static String cssPath(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.substring(0, path.lastIndexOf('.')) + ".css";
    }

    private static boolean startsWithFrontMatter(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return FrontMatter.startsWithFence(new String(in.readNBytes(8), StandardCharsets.UTF_8));
        }
    }
}

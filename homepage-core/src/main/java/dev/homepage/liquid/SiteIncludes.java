package dev.homepage.liquid;

import dev.homepage.SourceFolder;
import dev.homepage.config.SourceNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import liqp.Template;
import liqp.TemplateContext;
import liqp.exceptions.LiquidException;
import liqp.nodes.LNode;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.tags.Tag;

/**
 * {@code {% include %}} and {@code {% include_relative %}} resolved as Jekyll resolves them: from the site's
 * {@code _includes/} folder, or relative to the page; never outside the source folder ({@link SourceFolder}). The includes that content
 * commonly takes from the academicpages and AcadHomepage themes ({@code base_path}, {@code toc}...) are built in,
 * for sites that do not have them.
 *
 * <p>An included file is read as Ruby Liquid reads it ({@link LaxSyntax}), once per build; a problem inside it is
 * reported at its own file and line, with the include tags that led there.
 */
final class SiteIncludes {

    private static final String BUILT_IN_FOLDER = "/dev/homepage/includes/";

    private final Path source;
    private final SourceFolder sources;
    private final LaxSyntax syntax;
    private final LiquidLimits limits;
    /** Each included file as read and rewritten, by its path or built-in name: includes do not change in a build. */
    private final Map<String, IncludedText> texts = new ConcurrentHashMap<>();

    /**
     * An included file's text, ready for Liqp.
     *
     * @param file where it is reported: its path relative to the source folder, or its name under the built-in
     *     includes
     * @param written the text as the file holds it, where its tags are found by their lines
     * @param text the text as Liqp gets it
     */
    private record IncludedText(String file, String written, LaxSyntax.Rewritten text) {
    }

    SiteIncludes(Path sourceDirectory, LaxSyntax syntax, LiquidLimits limits) {
        this.source = sourceDirectory.toAbsolutePath().normalize();
        this.sources = new SourceFolder(sourceDirectory);
        this.syntax = syntax;
        this.limits = limits;
    }

    Tag include() {
        return new IncludeTag("include", limits) {
            @Override
            IncludedText find(TemplateContext context, String name) throws IOException {
                Path includes = Path.of(SourceNames.INCLUDES_FOLDER);
                Path relative = includes.resolve(name).normalize();
                Optional<Path> file = relative.startsWith(includes)
                        ? fileOf(relative, "the include '" + name + "'") : Optional.empty();
                if (file.isPresent()) {
                    return read(file.get());
                }
                if (!name.contains("..")) {
                    IncludedText builtIn = builtIn(name);
                    if (builtIn != null) {
                        return builtIn;
                    }
                }
                String folder = SourceNames.INCLUDES_FOLDER;
                throw new NoSuchFileException("the include '" + name + "' is neither in " + folder
                        + "/ nor built in: add " + folder + "/" + name + " or remove the include tag");
            }
        };
    }

    Tag includeRelative() {
        return new IncludeTag("include_relative", limits) {
            @Override
            IncludedText find(TemplateContext context, String name) throws IOException {
                Object page = context.get("page");
                Object pagePath = page instanceof Map<?, ?> map ? map.get("path") : null;
                Path folder = pagePath == null ? null : Path.of(String.valueOf(pagePath)).getParent();
                Path relative = folder == null ? Path.of(name) : folder.resolve(name);
                Optional<Path> file = fileOf(relative, "the file '" + name + "' to include_relative");
                if (file.isEmpty()) {
                    throw new NoSuchFileException("the file '" + name + "' to include_relative is not in "
                            + (folder == null ? "the source folder" : folder + "/ of the source folder"));
                }
                return read(file.get());
            }
        };
    }

    /**
     * The file through the source folder's gate ({@link SourceFolder}); one leading out of the source folder fails
     * the tag, naming it as written, which tells where in the page it is.
     */
    private Optional<Path> fileOf(Path relative, String what) throws IOException {
        try {
            return sources.file(relative);
        } catch (SourceFolder.OutsideException e) {
            throw new NoSuchFileException(what + ": " + e.getMessage());
        }
    }

    private IncludedText read(Path file) {
        return texts.computeIfAbsent(file.toString(), key -> {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return new IncludedText(source.relativize(file).toString(), text, syntax.rewrite(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private IncludedText builtIn(String name) throws IOException {
        IncludedText known = texts.get(BUILT_IN_FOLDER + name);
        if (known != null) {
            return known;
        }
        try (InputStream in = SiteIncludes.class.getResourceAsStream(BUILT_IN_FOLDER + name)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            IncludedText builtIn = new IncludedText(name + " (built into homepage)", text, syntax.rewrite(text));
            texts.put(BUILT_IN_FOLDER + name, builtIn);
            return builtIn;
        }
    }

    /** Renders an included file with Jekyll's {@code include.*} parameters, in the including page's context. */
    private abstract static class IncludeTag extends Tag {

        private final LiquidLimits limits;

        IncludeTag(String name, LiquidLimits limits) {
            super(name);
            this.limits = limits;
        }

        abstract IncludedText find(TemplateContext context, String name) throws IOException;

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String name = asString(nodes[0].render(context), context).strip();
            return limits.nested(context, name, () -> renderIncluded(context, name, nodes));
        }

        private Object renderIncluded(TemplateContext context, String name, LNode... nodes) {
            IncludedText included;
            try {
                included = find(context, name);
            } catch (IOException | UncheckedIOException e) {
                throw new IncludeFailure(name, null, 0, 0, readFailure(name, e));
            }
            Path file = Path.of(included.file());
            included.text().notes().forEach(note -> LiquidRenderer.notes(context)
                    .accept(new LiquidRenderer.Note(file, note.line(), note.message())));
            Template template;
            try {
                template = context.getParser().parse(CharStreams.fromString(included.text().text(), included.file()));
            } catch (LiquidException e) {
                throw new IncludeFailure(name, file, e.line, e.charPositionInLine + 1,
                        LiquidErrorText.describe(e, included.written()));
            }
            Map<String, Object> variables = new HashMap<>();
            if (nodes.length > 1) {
                Map<String, Object> parameters = new HashMap<>();
                for (int i = 1; i < nodes.length; i++) {
                    if (nodes[i].render(context) instanceof Map<?, ?> parameter) {
                        parameter.forEach((key, value) -> parameters.put(String.valueOf(key), value));
                    }
                }
                variables.put("include", parameters);
            }
            try {
                Object rendered = template.renderToObjectUnguarded(variables, context, true);
                template.errors().forEach(error -> LiquidRenderer.notes(context).accept(new LiquidRenderer.Note(
                        file, LiquidErrorText.lineOf(error, included.written()), LiquidErrorText.describe(error))));
                return rendered;
            } catch (IncludeFailure inner) {
                throw inner.includedBy(name, file, included.written());
            } catch (RuntimeException e) {
                if (limits.reached(e).isPresent()) {
                    // A limit holds for the whole page: it passes up untouched, to be reported there.
                    throw e;
                }
                IncludeFailure inner = IncludeFailure.in(e);
                if (inner != null) {
                    throw inner.includedBy(name, file, included.written());
                }
                throw new IncludeFailure(name, file, LiquidErrorText.lineOf(e, included.written()), 0,
                        LiquidErrorText.describe(e));
            }
        }

        private static String readFailure(String name, Exception e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            return cause instanceof NoSuchFileException ? cause.getMessage()
                    : "the include '" + name + "' cannot be read: " + cause.getMessage();
        }
    }
}

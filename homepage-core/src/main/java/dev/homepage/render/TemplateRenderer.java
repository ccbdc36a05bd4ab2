package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders pages with FreeMarker {@code .ftlh} templates (HTML auto-escaping on): the site's own {@code templates/}
 * folder first, then the default theme in the jar, so a site overrides the theme file by file. One instance,
 * with one Configuration, is shared by all threads.
 */
public final class TemplateRenderer {

    static final String THEME_TEMPLATES = "/dev/homepage/theme/templates";

    private final Configuration configuration;
    private final Path siteTemplates;
    private final AtomicInteger rendered = new AtomicInteger();

    /**
     * @param siteTemplates the site's templates folder
     * @param names the templates of that folder that may be read, relative to it, with "/" between folders:
     *     those the source folder's gate let through ({@link dev.homepage.SourceFolder})
     */
    public TemplateRenderer(Path siteTemplates, Collection<String> names) throws IOException {
        this(newConfiguration(), siteTemplates, names);
    }

    /**
     * A renderer on FreeMarker as a {@link RenderingSetUp} started earlier made it.
     *
     * @see #TemplateRenderer(Path, Collection)
     */
    public TemplateRenderer(RenderingSetUp setUp, Path siteTemplates, Collection<String> names) throws IOException {
        this(setUp.freeMarker(), siteTemplates, names);
    }

    private TemplateRenderer(Configuration configuration, Path siteTemplates, Collection<String> names)
            throws IOException {
        this.configuration = configuration;
        this.siteTemplates = siteTemplates;
        List<TemplateLoader> loaders = new ArrayList<>();
        if (!names.isEmpty()) {
            loaders.add(only(Set.copyOf(names), new FileTemplateLoader(siteTemplates.toFile(), true)));
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class, THEME_TEMPLATES));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    }

    /** FreeMarker as every renderer uses it, without the templates it loads. */
    static Configuration newConfiguration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.US);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Templates are data the site ships: they may not instantiate Java classes or reach the Java API.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        return configuration;
    }

    /**
     * A loader that finds only the named templates, and nothing else in their folder: the gate has checked those,
     * so FreeMarker's own check, which refuses a link to a file anywhere else in the sources, is left off.
     */
    private static TemplateLoader only(Set<String> names, TemplateLoader loader) {
        return new TemplateLoader() {
            @Override
            public Object findTemplateSource(String name) throws IOException {
                return names.contains(name) ? loader.findTemplateSource(name) : null;
            }

            @Override
            public long getLastModified(Object source) {
                return loader.getLastModified(source);
            }

            @Override
            public Reader getReader(Object source, String encoding) throws IOException {
                return loader.getReader(source, encoding);
            }

            @Override
            public void closeTemplateSource(Object source) throws IOException {
                loader.closeTemplateSource(source);
            }
        };
    }

    /** Whether the site or the theme has a template of this name. */
    public boolean exists(String name) {
        try {
            return configuration.getTemplate(name, null, null, true) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** How templates see the values of their model. */
    ObjectWrapper wrapper() {
        return configuration.getObjectWrapper();
    }

    /** How many pages this renderer rendered, over all the builds it served. */
    public int rendered() {
        return rendered.get();
    }

    /** Renders the named template with the model. */
    String render(String name, Map<String, Object> model) throws SourceError {
        ObjectWrapper wrapper = wrapper();
        return render(name, new TemplateHashModel() {
            @Override
            public TemplateModel get(String key) throws TemplateModelException {
                Object value = model.get(key);
                return value == null ? null : wrapper.wrap(value);
            }

            @Override
            public boolean isEmpty() {
                return model.isEmpty();
            }
        });
    }

    /** Renders the named template with the model. */
    String render(String name, TemplateHashModel model) throws SourceError {
        rendered.incrementAndGet();
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            throw failure(source, line, column, e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw failure(name, 0, 0, e.getMessage(), e);
        } catch (StackOverflowError e) {
            // A macro calling itself, most likely: FreeMarker recurses until the stack is gone.
            throw failure(name, 0, 0, "the template " + Problems.TOO_DEEP, null);
        }
    }

    /** A template that failed, at its place in the template, named as the user would look for it. */
    private SourceError failure(String template, int line, int column, String message, Throwable cause) {
        return new SourceError(message, new SourceError.Place(Path.of(describe(template)), line), column, List.of(),
                cause);
    }

    /** Where a template lives, as the user would look for it. */
    private String describe(String name) {
        return Files.isRegularFile(siteTemplates.resolve(name)) ? siteTemplates.getFileName() + "/" + name
                : "theme template " + name;
    }
}

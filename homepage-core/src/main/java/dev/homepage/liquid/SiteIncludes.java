package dev.homepage.liquid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import liqp.TemplateContext;
import liqp.antlr.CharStreamWithLocation;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.tags.Include;

/**
 * {@code {% include %}} and {@code {% include_relative %}} resolved as Jekyll resolves them: from the site's
 * {@code _includes/} folder, or relative to the page; never outside the source folder. The includes that content
 * commonly takes from the academicpages and AcadHomepage themes ({@code base_path}, {@code toc}...) are built in,
 * for sites that do not have them.
 */
final class SiteIncludes {

    private static final String BUILT_IN_FOLDER = "/dev/homepage/includes/";

    private SiteIncludes() {
    }

    static Include include(Path sourceDirectory) {
        Path includes = sourceDirectory.resolve(LiquidRenderer.INCLUDES_FOLDER).normalize();
        return new Include() {
            @Override
            protected CharStreamWithLocation detectSource(TemplateContext context, String name) throws IOException {
                Path file = includes.resolve(name).normalize();
                if (file.startsWith(includes) && Files.isRegularFile(file)) {
                    return new CharStreamWithLocation(file);
                }
                try (InputStream builtIn = SiteIncludes.class.getResourceAsStream(BUILT_IN_FOLDER + name)) {
                    if (builtIn != null && !name.contains("..")) {
                        String text = new String(builtIn.readAllBytes(), StandardCharsets.UTF_8);
                        return new CharStreamWithLocation(CharStreams.fromString(text, name));
                    }
                }
                String folder = LiquidRenderer.INCLUDES_FOLDER;
                throw new NoSuchFileException("the include '" + name + "' is neither in " + folder
                        + "/ nor built in: add " + folder + "/" + name + " or remove the include tag");
            }
        };
    }

    static Include includeRelative(Path sourceDirectory) {
        Path source = sourceDirectory.normalize();
        return new Include("include_relative") {
            @Override
            protected CharStreamWithLocation detectSource(TemplateContext context, String name) throws IOException {
                Object page = context.get("page");
                Object pagePath = page instanceof Map<?, ?> map ? map.get("path") : null;
                Path folder = pagePath == null ? source : source.resolve(String.valueOf(pagePath)).getParent();
                Path file = folder.resolve(name).normalize();
                if (!file.startsWith(source) || !Files.isRegularFile(file)) {
                    throw new NoSuchFileException("the file '" + name + "' to include_relative is not in "
                            + source.relativize(folder) + "/ of the source folder");
                }
                return new CharStreamWithLocation(file);
            }
        };
    }
}

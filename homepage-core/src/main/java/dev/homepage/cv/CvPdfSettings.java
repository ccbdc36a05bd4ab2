package dev.homepage.cv;

import dev.homepage.Problems;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.Document;
import dev.homepage.content.SourceFolder;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the PDF of a CV page goes, and which fonts it is printed with, as the config's {@code cv:} block and the
 * page's front matter say:
 *
 * <pre>
 * cv:
 *   pdf: /files/cv.pdf        # where the PDF goes (default /cv.pdf); false for none
 *   fonts: [_fonts/NotoSansJP-Regular.ttf]   # TrueType fonts for scripts DejaVu Sans lacks
 * </pre>
 *
 * A page's own {@code pdf:} wins over the config's, so a site with two CV pages can give each its own file.
 */
public final class CvPdfSettings {

    /** The PDF of a CV page unless the config or the page names another. */
    public static final String DEFAULT_URL = "/cv.pdf";
    private static final String CONFIG_BLOCK = "cv";
    private static final String PDF = "pdf";
    private static final String FONTS = "fonts";
    /** What a problem with the config's settings names as its file. */
    private static final Path CONFIG_FILE = Path.of("_config.yml");

    private CvPdfSettings() {
    }

    /**
     * The site-relative URL of the PDF of a CV page; empty when the page or the config turns it off, or names no
     * {@code .pdf} file (a problem then says so).
     */
    public static Optional<String> urlOf(Document page, SiteConfig config, Problems problems) {
        if (page.frontMatter().containsKey(PDF)) {
            return url(page.frontMatter().get(PDF), page.source(), problems);
        }
        Object configured = block(config).get(PDF);
        return configured == null ? Optional.of(DEFAULT_URL) : url(configured, CONFIG_FILE, problems);
    }

    /**
     * The extra fonts the config names, as files of the source folder; a font that is missing or not a TrueType
     * or OpenType file is a problem, and left out.
     */
    public static List<Path> fonts(SiteConfig config, Path sourceDirectory, Problems problems) {
        Object listed = block(config).get(FONTS);
        List<?> names = listed instanceof List<?> list ? list : listed == null ? List.of() : List.of(listed);
        List<Path> fonts = new ArrayList<>();
        SourceFolder sources = new SourceFolder(sourceDirectory);
        for (Object name : names) {
            String text = String.valueOf(name).strip();
            Optional<Path> file;
            try {
                file = sources.file(Path.of(text));
            } catch (IOException | InvalidPathException e) {
                problems.error(CONFIG_FILE, 0, "cv.fonts names '" + text + "', which cannot be read: " + e.getMessage());
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (file.isEmpty()) {
                problems.error(CONFIG_FILE, 0, "cv.fonts names '" + text + "', which is not a file of the site:"
                        + " give the path of a .ttf or .otf file from the site's folder, such as _fonts/MyFont.ttf");
            } else if (!lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
                problems.error(CONFIG_FILE, 0, "cv.fonts names '" + text + "', which is not a TrueType or OpenType"
                        + " font: give a .ttf or .otf file (WOFF files cannot be embedded in a PDF)");
            } else {
                fonts.add(file.get());
            }
        }
        return List.copyOf(fonts);
    }

    private static Map<?, ?> block(SiteConfig config) {
        return config.raw().get(CONFIG_BLOCK) instanceof Map<?, ?> block ? block : Map.of();
    }

    private static Optional<String> url(Object value, Path file, Problems problems) {
        if (value instanceof Boolean on) {
            return on ? Optional.of(DEFAULT_URL) : Optional.empty();
        }
        String url = String.valueOf(value).strip();
        if (!url.toLowerCase(Locale.ROOT).endsWith(".pdf") || url.contains("://")) {
            problems.error(file, 0, "pdf: '" + url + "' is not the path of a PDF file in the site: write a path"
                    + " such as /cv.pdf or /files/my-cv.pdf, or false for no PDF");
            return Optional.empty();
        }
        return Optional.of(url.startsWith("/") ? url : "/" + url);
    }
}

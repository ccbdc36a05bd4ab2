package dev.homepage.cv;

import dev.homepage.Problems;
import dev.homepage.SourceFolder;
import dev.homepage.config.CvSettings;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.Document;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the PDF of a CV page goes, and which fonts it is printed with, as the config's {@code cv:} block
 * ({@link CvSettings}) and the page's front matter say. A page's own {@code pdf:} wins over the config's, so a site
 * with two CV pages can give each its own file.
 */
public final class CvPdfSettings {

    private static final String PDF = "pdf";
    /** What a problem with the config's settings names as its file. */
    private static final Path CONFIG_FILE = Path.of("_config.yml");

    private CvPdfSettings() {
    }

    /**
     * The site-relative URL of the PDF of a CV page; empty when the page or the config turns it off, or the page
     * names no {@code .pdf} file (a problem then says so).
     */
    public static Optional<String> urlOf(Document page, SiteConfig config, Problems problems) {
        if (!page.frontMatter().containsKey(PDF)) {
            return config.cv().pdf();
        }
        Object setting = page.frontMatter().get(PDF);
        if (!CvSettings.isPdfSetting(setting)) {
            problems.error(page.source(), 0, CvSettings.notAPdf(setting));
            return Optional.empty();
        }
        return CvSettings.pdfUrl(setting);
    }

    /**
     * The extra fonts the config names, as files of the source folder; a font that is missing or not a TrueType
     * or OpenType file is a problem, and left out.
     */
    public static List<Path> fonts(SiteConfig config, Path sourceDirectory, Problems problems) {
        List<Path> fonts = new ArrayList<>();
        SourceFolder sources = new SourceFolder(sourceDirectory);
        for (String text : config.cv().fonts()) {
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
}

package dev.homepage.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the PDF of the site's CV pages goes, and which fonts it is printed with, as the config's {@code cv:} block
 * says:
 *
 * <pre>
 * cv:
 *   pdf: /files/cv.pdf        # where the PDF goes (default /cv.pdf); false for none
 *   fonts: [_fonts/NotoSansJP-Regular.ttf]   # TrueType fonts for scripts DejaVu Sans lacks
 * </pre>
 *
 * @param pdf the site-relative URL of the PDF of a CV page, unless the page names its own; empty for none
 * @param fonts the extra font files, relative to the source folder, as written
 */
public record CvSettings(Optional<String> pdf, List<String> fonts) {

    /** The PDF of a CV page unless the config or the page names another. */
    public static final String DEFAULT_PDF = "/cv.pdf";
    private static final String PDF = "pdf";

    static CvSettings read(ConfigValues config) {
        java.util.Map<?, ?> block = config.block("cv");
        Object pdf = block.get(PDF);
        Optional<String> url = Optional.of(DEFAULT_PDF);
        if (pdf != null && !isPdfSetting(pdf)) {
            config.error(PDF, notAPdf(pdf));
            url = Optional.empty();
        } else if (pdf != null) {
            url = pdfUrl(pdf);
        }
        Object listed = block.get("fonts");
        List<?> fonts = listed instanceof List<?> list ? list : listed == null ? List.of() : List.of(listed);
        return new CvSettings(url, fonts.stream().map(font -> String.valueOf(font).strip()).toList());
    }

    /** Whether a {@code pdf:} setting is one: true, false, or the path of a PDF file in the site. */
    public static boolean isPdfSetting(Object setting) {
        String url = String.valueOf(setting).strip();
        return setting instanceof Boolean || url.toLowerCase(Locale.ROOT).endsWith(".pdf") && !url.contains("://");
    }

    /** The site-relative URL a {@code pdf:} setting names: the default for {@code true}, none for {@code false}. */
    public static Optional<String> pdfUrl(Object setting) {
        if (setting instanceof Boolean on) {
            return on ? Optional.of(DEFAULT_PDF) : Optional.empty();
        }
        String url = String.valueOf(setting).strip();
        return Optional.of(url.startsWith("/") ? url : "/" + url);
    }

    /** Why a {@code pdf:} setting that {@link #isPdfSetting is none} makes no PDF, and what to write instead. */
    public static String notAPdf(Object setting) {
        return "pdf: '" + String.valueOf(setting).strip() + "' is not the path of a PDF file in the site: write a path"
                + " such as /cv.pdf or /files/my-cv.pdf, or false for no PDF";
    }
}

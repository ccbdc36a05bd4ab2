package dev.homepage.cv;

import dev.homepage.Problems;
import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.config.SiteConfig;
import dev.homepage.output.OutputPage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the pages a build rendered for print (each CV page's) into PDF files. A PDF is printed again only when
 * what it is made from changed (its HTML, the fonts, the build's time), so that a rebuild of {@code serve} after
 * a save elsewhere costs nothing here. The printer, and the PDF library with it, is loaded only by a site that
 * has a CV page.
 */
public final class CvPdfs {

    private final Memo<String, CvPrinter.Printed> printed = new Memo<>();
    private CvPrinter printer;

    /**
     * @param pages the build's pages, among them the print HTML of each CV page
     * @param printedUrls the URLs of those, which become PDFs
     * @return the pages with each print page replaced by its PDF
     */
    public List<OutputPage> print(List<OutputPage> pages, Set<String> printedUrls, Path sourceDirectory,
            SiteConfig config, Optional<Instant> buildTime, Problems problems) {
        List<Path> fonts = CvPdfSettings.fonts(config, sourceDirectory, problems);
        Fingerprint fontsFingerprint = Fingerprint.start();
        fontsFingerprint.add(Fingerprint.ofFiles(sourceDirectory, fonts));
        String madeFrom = Fingerprint.of(fontsFingerprint.finish(), buildTime.map(Instant::toString).orElse(""),
                config.url());
        String baseUri = config.url().isEmpty() ? "" : config.url() + "/";
        printed.nextBuild();
        return pages.stream().map(page -> {
            if (!printedUrls.contains(page.url())) {
                return page;
            }
            CvPrinter.Printed pdf = printed.get(Fingerprint.of(madeFrom, page.html()),
                    () -> printer().print(page.html(), baseUri, buildTime, fonts));
            pdf.warnings().forEach(warning -> problems.warn(page.source(), 0, "in its PDF " + page.url() + ": "
                    + warning));
            return OutputPage.binary(page.url(), page.source(), pdf.pdf());
        }).toList();
    }

    private synchronized CvPrinter printer() {
        if (printer == null) {
            printer = new CvPrinter();
        }
        return printer;
    }
}

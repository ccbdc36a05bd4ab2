package dev.homepage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param pagesWritten how many HTML pages were written
 * @param filesCopied how many static files were copied
 * @param elapsed how long the build took
 * @param warnings problems that did not stop the build
 * @param sources every file the build wrote, relative to the output folder, and what it was made from, relative to
 *     the source folder: a page's Markdown or HTML file, a collection listing's collection folder, a static file's
 *     own path, a theme asset {@code "theme asset <name>"}; so that whatever is found in the output can be traced
 *     back to the file to fix
 */
public record BuildReport(int pagesWritten, int filesCopied, Duration elapsed, List<Problem> warnings,
        Map<Path, Path> sources) {

    /** The report of a build that found nothing changed since this one: the same files, in another time. */
    BuildReport after(Duration elapsed) {
        return new BuildReport(pagesWritten, filesCopied, elapsed, warnings, sources);
    }
}

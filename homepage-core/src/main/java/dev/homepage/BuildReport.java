package dev.homepage;

import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param pagesWritten how many HTML pages were written
 * @param filesCopied how many static files were copied
 * @param elapsed how long the build took
 * @param warnings problems that did not stop the build
 */
public record BuildReport(int pagesWritten, int filesCopied, Duration elapsed, List<Problem> warnings) {
}

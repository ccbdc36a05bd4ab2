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
 * @param work what the build made anew, rather than took from what an earlier build made
 */
public record BuildReport(int pagesWritten, int filesCopied, Duration elapsed, List<Problem> warnings,
        Map<Path, Path> sources, Work work) {

    /**
     * What a build made anew: the work its caches did not save.
     *
     * @param documentsParsed the source files whose front matter and text were read and parsed
     * @param bodiesRendered the documents whose Liquid and Markdown were rendered
     * @param catalogsBuilt 1 when the publications were made from the papers and the bibliography, else 0
     * @param pagesRendered the files rendered with a template: pages, listings, papers, the feed, the sitemap...
     * @param viewsMade the views templates see of the rendered bodies
     * @param documentsLaidOut the documents whose pages, redirects and sitemap entries were made (the pages
     *     rendered, or found unchanged in the page cache), rather than all taken from the last build
     * @param styleSheetsCompiled the Sass files compiled to CSS
     * @param imagesRead the images read to make (or find in the cache folder) their smaller copies
     * @param pagesScanned the pages read for the theme's libraries and files they load
     * @param itemsSorted the outputs sorted by URL and the search index's entries sorted by date, rather than put
     *     in the order the last build's sort found for the same
     */
    public record Work(int documentsParsed, int bodiesRendered, int catalogsBuilt, int pagesRendered, int viewsMade,
            int documentsLaidOut, int styleSheetsCompiled, int imagesRead, int pagesScanned, int itemsSorted) {

        /** The work of a build that found nothing changed. */
        public static final Work NONE = new Work(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** This work less an earlier count of the same kinds: what was done since. */
        Work minus(Work before) {
            return new Work(documentsParsed - before.documentsParsed, bodiesRendered - before.bodiesRendered,
                    catalogsBuilt - before.catalogsBuilt, pagesRendered - before.pagesRendered,
                    viewsMade - before.viewsMade, documentsLaidOut - before.documentsLaidOut,
                    styleSheetsCompiled - before.styleSheetsCompiled,
                    imagesRead - before.imagesRead, pagesScanned - before.pagesScanned,
                    itemsSorted - before.itemsSorted);
        }
    }

    /** The report of a build that found nothing changed since this one: the same files, in another time. */
    BuildReport after(Duration elapsed) {
        return new BuildReport(pagesWritten, filesCopied, elapsed, warnings, sources, Work.NONE);
    }
}

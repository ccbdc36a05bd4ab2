package dev.homepage.render;

import dev.homepage.output.OutputPage;
import java.util.List;
import java.util.Set;

/**
 * What {@link DocumentPages} made of one document, as the page cache keeps it for the next build: the files it
 * added as they are, its sitemap entries, its pages rendered (each in the place of its job) and those of them
 * printed as PDF.
 */
record KeptDocument(List<OutputPage> files, List<SitemapEntry> sitemap, List<OutputPage> pages,
        Set<String> printed) {
}

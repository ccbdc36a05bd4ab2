package dev.homepage.render;

/**
 * One kind of output of the site (its documents' pages, the papers' pages and BibTeX, the listings, the feed...):
 * adds to the build's outputs the pages to render with a template and the files to write as they are, made from
 * the views of the build and nothing else. {@link PageRenderer} lists every producer, in the order they run.
 */
@FunctionalInterface
interface OutputProducer {

    void produce(BuildViews build, Outputs out);
}

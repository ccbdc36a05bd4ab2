package dev.homepage.render;

import dev.homepage.output.OutputPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the producers of one build added, in the order they added it: of two outputs with the same URL, the one
 * added later is written last, so the order is part of the output.
 */
final class Outputs {

    private final List<PageJob> jobs = new ArrayList<>();
    private final List<OutputPage> files = new ArrayList<>();
    private final List<SitemapEntry> sitemap = new ArrayList<>();
    private final Set<String> printed = new HashSet<>();

    /** A page to render with a template. */
    void add(PageJob job) {
        jobs.add(job);
    }

    /** A file written as it is. */
    void add(OutputPage file) {
        files.add(file);
    }

    /** A page search engines should know of. */
    void add(SitemapEntry entry) {
        sitemap.add(entry);
    }

    /** A page rendered to be printed as PDF at its URL (a CV's), rather than written as HTML. */
    void print(PageJob job) {
        jobs.add(job);
        printed.add(job.url());
    }

    List<PageJob> jobs() {
        return jobs;
    }

    List<OutputPage> files() {
        return files;
    }

    List<SitemapEntry> sitemap() {
        return sitemap;
    }

    Set<String> printed() {
        return printed;
    }
}

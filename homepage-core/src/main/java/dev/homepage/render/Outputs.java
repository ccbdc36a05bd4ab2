package dev.homepage.render;

import dev.homepage.content.RenderedDocument;
import dev.homepage.output.OutputPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    private final Set<PageJob> printJobs = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<LaidOut> laidOut = new ArrayList<>();

    /** Where each list stood before a document added its outputs. */
    record Mark(int jobs, int files, int sitemap) {
    }

    /**
     * The outputs one document added, made anew this build, to keep for the next.
     *
     * @param paper the publication its paper's page shows, or null
     * @param shared the variables its pages may read whose values are not made from it alone, by name
     * @param from where the lists stood before it added its outputs
     * @param to where they stood after
     * @param printed the URLs of its pages printed as PDF
     */
    record LaidOut(RenderedDocument body, Object paper, Map<String, Object> shared, Mark from, Mark to,
            Set<String> printed) {
    }

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
        printJobs.add(job);
        printed.add(job.url());
    }

    /** The outputs of a document an earlier build made, in the order it added them. */
    void add(KeptDocument kept) {
        files.addAll(kept.files());
        sitemap.addAll(kept.sitemap());
        kept.pages().forEach(page -> jobs.add(PageJob.done(page)));
        printed.addAll(kept.printed());
    }

    /** Where the lists stand now, before a document adds its outputs. */
    Mark mark() {
        return new Mark(jobs.size(), files.size(), sitemap.size());
    }

    /**
     * Notes that the outputs added since the mark are a document's, all it added, which may be kept for the next
     * build once its pages are rendered.
     */
    void laidOut(RenderedDocument body, Object paper, Map<String, Object> shared, Mark from) {
        Set<String> itsPrinted = new HashSet<>();
        jobs.subList(from.jobs(), jobs.size()).stream().filter(printJobs::contains).map(PageJob::url)
                .forEach(itsPrinted::add);
        laidOut.add(new LaidOut(body, paper, shared, from, mark(), Set.copyOf(itsPrinted)));
    }

    /** The documents whose outputs were made anew, in the order they were added. */
    List<LaidOut> laidOut() {
        return laidOut;
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

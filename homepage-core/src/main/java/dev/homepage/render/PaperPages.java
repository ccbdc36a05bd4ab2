package dev.homepage.render;

import dev.homepage.config.SourceNames;
import dev.homepage.output.OutputPage;
import dev.homepage.publications.Publication;

/**
 * The papers' own outputs: a page for each paper known from BibTeX alone (one with a Markdown file has its
 * document's page, or none when the file gets none), and each paper's BibTeX at {@code /publications/<key>.bib}.
 */
final class PaperPages implements OutputProducer {

    @Override
    public void produce(BuildViews build, Outputs out) {
        for (Papers.Paper paper : build.papers().all()) {
            Publication publication = paper.publication();
            if (!publication.hasMarkdownPage() && !publication.url().isEmpty()) {
                out.add(new PageJob(publication.url(), publication.source(), DocumentPages.PUBLICATION_TEMPLATE,
                        build.model("publications", build.papers().view(), "publication", paper.view(),
                                "page", build.generatedPage(SourceNames.PUBLICATIONS, publication.title(),
                                        publication.url()))));
                out.add(build.siteFiles().sitemapEntry(publication.url(), null));
            }
            out.add(new OutputPage("/" + SourceNames.PUBLICATIONS + "/" + publication.key() + ".bib",
                    publication.source(), publication.bibtex()));
        }
    }
}

package dev.homepage.scholarly;

import dev.homepage.Problems;
import dev.homepage.SiteBuildException;
import dev.homepage.config.ConfigLoader;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.content.ContentLoader;
import dev.homepage.content.RenderedDocument;
import dev.homepage.content.SiteContent;
import dev.homepage.publications.BibliographyLoader;
import dev.homepage.publications.PaperLink;
import dev.homepage.publications.Publication;
import dev.homepage.publications.PublicationCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The site's papers as the build lists them (its {@code _publications/} files and {@code _bibliography/}
 * entries, merged the same way), with their DOIs and arXiv identifiers; the bodies are not rendered, as only the
 * identifiers are needed.
 */
public final class SitePapers {

    private SitePapers() {
    }

    /**
     * @param outputDirectory the site's output folder, which is not read as content when it lies in the sources
     * @throws SiteBuildException when a source cannot be read, or a paper's DOI or arXiv identifier is not one:
     *     every such problem at once, before anything is asked of the web
     */
    public static List<Paper> load(Path sourceDirectory, Path outputDirectory) throws SiteBuildException,
            IOException {
        Path source = sourceDirectory.toAbsolutePath().normalize();
        SiteConfig config = new ConfigLoader().load(source, Optional.empty());
        Problems problems = new Problems();
        SiteContent content = new ContentLoader().load(source, outputDirectory.toAbsolutePath().normalize(), config,
                problems);
        List<RenderedDocument> files = content.collections().getOrDefault(SourceNames.PUBLICATIONS, List.of())
                .stream().map(document -> new RenderedDocument(document, "", "", "", List.of())).toList();
        PublicationCatalog.Catalog catalog = PublicationCatalog.forSite(config, content.data(), source, problems)
                .build(files, new BibliographyLoader().load(source, problems));
        List<Paper> papers = new ArrayList<>();
        for (Publication publication : catalog.publications()) {
            Optional<String> doi = identifier(publication, "doi", source, problems);
            Optional<String> arxiv = identifier(publication, "arxiv", source, problems);
            papers.add(new Paper(publication.key(), publication.title(),
                    publication.date() == null ? "" : String.valueOf(publication.date().getYear()),
                    doi, arxiv, publication.source()));
        }
        problems.throwIfErrors();
        return List.copyOf(papers);
    }

    /** The paper's DOI or arXiv identifier, from the link the catalog made of it; a malformed one is a problem. */
    private static Optional<String> identifier(Publication publication, String kind, Path source,
            Problems problems) {
        Optional<String> written = publication.links().stream().filter(link -> link.kind().equals(kind))
                .map(PaperLink::url).findFirst();
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = kind.equals("doi") ? PaperIds.doi(written.get()) : PaperIds.arxiv(written.get());
        if (id.isEmpty()) {
            String raw = written.get().replaceFirst("^https://(doi\\.org|arxiv\\.org/abs)/", "");
            problems.error(publication.source(), lineOf(source.resolve(publication.source()), raw),
                    kind.equals("doi")
                            ? "the DOI '" + raw + "' of " + publication.key() + " is not a DOI: write it as"
                                    + " 10.<registrant>/<suffix>, such as 10.1175/JHM-D-21-0042.1"
                            : "the arXiv id '" + raw + "' of " + publication.key() + " is not one: write it as"
                                    + " 2504.00001 (or an old one such as math.GT/0309136)");
        }
        return id;
    }

    /** The first line of the file that holds the text, or 0. */
    private static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // The file was just read to make the catalog; without it, the problem names the file alone.
        }
        return 0;
    }
}

package dev.homepage.scholarly;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A paper of the site as the web's sources know it.
 *
 * @param key the name citation counts are kept under: the BibTeX key, or the {@code _publications/} file's name
 * @param title its title
 * @param year its year, or "" when unknown
 * @param doi its DOI in plain lower-case form, if it has one
 * @param arxiv its arXiv identifier, if it has one
 * @param source the file it comes from, relative to the source folder
 */
public record Paper(String key, String title, String year, Optional<String> doi, Optional<String> arxiv,
        Path source) {

    /** The DOI the sources know it by: its own, else the one arXiv registered for the preprint. */
    public Optional<String> lookupDoi() {
        return doi.or(() -> arxiv.map(PaperIds::arxivDoi));
    }

    /** How the paper is named in messages: its key and identifier. */
    public String label() {
        return key + doi.map(id -> " (doi:" + id + ")").orElse(arxiv.map(id -> " (arXiv:" + id + ")").orElse(""));
    }
}

package dev.homepage.publications;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A paper, from a Markdown file of {@code _publications/}, an entry of {@code _bibliography/}, or both merged.
 *
 * @param key the BibTeX key, or the Markdown file's slug when there is no entry
 * @param title the title
 * @param authors the authors in order; empty when only a citation line names them
 * @param venue the journal, conference or publisher
 * @param abbr the venue's short name for the badge ("NeurIPS"), or ""
 * @param category the academicpages category ("conferences", "manuscripts"...) or one made from the entry type
 * @param date when it appeared; null when unknown
 * @param abstractHtml the abstract as HTML (a Markdown file's body, or the entry's escaped abstract), or ""
 * @param citationHtml the academicpages citation line as HTML, or ""
 * @param links the PDF, code, slides... in a fixed order
 * @param preview the thumbnail's address, or ""
 * @param award an award the paper received, or ""
 * @param selected whether the home page lists it among the selected publications
 * @param citations how often it was cited, from the site's citation files
 * @param url the site-relative URL of its page
 * @param bibtexUrl the site-relative URL of the BibTeX file generated for it
 * @param bibtex the BibTeX a reader downloads
 * @param source the file it comes from (the Markdown file when there is one)
 * @param hasMarkdownPage whether its page is the Markdown file's (otherwise one is generated)
 */
public record Publication(
        String key,
        String title,
        List<Author> authors,
        String venue,
        String abbr,
        String category,
        LocalDate date,
        String abstractHtml,
        String citationHtml,
        List<PaperLink> links,
        String preview,
        String award,
        boolean selected,
        OptionalInt citations,
        String url,
        String bibtexUrl,
        String bibtex,
        Path source,
        boolean hasMarkdownPage) {

    /** Whether it appeared at a conference (for the Scholar meta tags), rather than in a journal. */
    public boolean isConferencePaper() {
        return isConference(category);
    }

    static boolean isConference(String category) {
        return category.contains("conference");
    }
}

package dev.homepage.publications;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

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
 * @param topics its topics, as the front matter's {@code keywords:} or {@code tags:} or the entry's
 *     {@code keywords} name them, in their order
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
        List<String> topics,
        boolean selected,
        OptionalInt citations,
        String url,
        String bibtexUrl,
        String bibtex,
        Path source,
        boolean hasMarkdownPage) {

    /** What readers filter papers by: journal, conference, preprint, book, thesis or other. */
    public enum Type {
        JOURNAL("Journal articles"), CONFERENCE("Conference papers"), PREPRINT("Preprints"), BOOK("Books and chapters"),
        THESIS("Theses"), OTHER("Other");

        private final String title;

        Type(String title) {
            this.title = title;
        }

        /** The type in the listing's filter and its address, such as "conference". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What the filter calls papers of the type: "Conference papers". */
        public String title() {
            return title;
        }
    }

    /** Venues that are archives of preprints, not places of publication. */
    private static final Pattern PREPRINT_VENUE = Pattern.compile("(?i)\\b(arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv"
            + "|ssrn|preprint|working paper)\\b");

    /** Whether it appeared at a conference (for the Scholar meta tags), rather than in a journal. */
    public boolean isConferencePaper() {
        return isConference(category);
    }

    static boolean isConference(String category) {
        return category.contains("conference");
    }

    /**
     * Its type: a paper whose venue is an archive of preprints (arXiv, bioRxiv, SSRN...) is a preprint whatever its
     * category; otherwise the category says, as academicpages names it or as the BibTeX entry's type gave it.
     */
    public Type type() {
        if (PREPRINT_VENUE.matcher(venue).find()) {
            return Type.PREPRINT;
        }
        if (isConference(category)) {
            return Type.CONFERENCE;
        }
        return switch (category) {
            case "manuscripts", "journal", "journals", "articles" -> Type.JOURNAL;
            case "books" -> Type.BOOK;
            case "theses", "thesis" -> Type.THESIS;
            case "preprints", "preprint" -> Type.PREPRINT;
            default -> Type.OTHER;
        };
    }

    /**
     * Whether the site's owner is its first author, alone or as one of the authors marked as having contributed
     * equally at the head of the list.
     */
    public boolean firstAuthored() {
        if (authors.isEmpty()) {
            return false;
        }
        if (authors.get(0).self()) {
            return true;
        }
        for (Author author : authors) {
            if (!author.equalContribution()) {
                return false;
            }
            if (author.self()) {
                return true;
            }
        }
        return false;
    }
}

package dev.homepage.render;

import dev.homepage.publications.Author;
import dev.homepage.publications.PaperLink;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * What templates see of a publication, as {@code publication} on its page and in {@code publications} lists.
 * URLs are hrefs; texts may be empty, never null.
 *
 * @param key the BibTeX key
 * @param title the title
 * @param url the href of its page, or empty
 * @param authors the authors, with the site owner and the equal-contribution and corresponding marks flagged
 * @param venue the journal or conference
 * @param abbr the venue's short name for the badge
 * @param year the year, or empty
 * @param dateIso the date as ISO-8601, or empty
 * @param category the category key ("conferences")
 * @param abstractHtml the abstract, as markup
 * @param citation the academicpages citation line, as markup
 * @param links the PDF, code, slides... links
 * @param bibtexUrl the href of its BibTeX file
 * @param preview the href of its thumbnail, or empty
 * @param award the award it received, or empty
 * @param type what it is, for the listing's filter: "journal", "conference", "preprint", "book", "thesis" or "other"
 * @param topics its topics, from its keywords or tags
 * @param firstAuthor whether the site's owner is its first author (or shares first authorship)
 * @param selected whether it is among the selected publications
 * @param citations how often it was cited, or null when unknown
 * @param conference whether it appeared at a conference rather than in a journal
 * @param absolutePdfUrl the PDF's absolute URL for Google Scholar, or empty when unknown
 * @param jsonLd its schema.org ScholarlyArticle, as JSON for a {@code <script type="application/ld+json">}
 */
public record PublicationView(
        String key,
        String title,
        String url,
        List<Author> authors,
        String venue,
        String abbr,
        String year,
        String dateIso,
        String category,
        TemplateHTMLOutputModel abstractHtml,
        TemplateHTMLOutputModel citation,
        List<PaperLink> links,
        String bibtexUrl,
        String preview,
        String award,
        String type,
        List<String> topics,
        boolean firstAuthor,
        boolean selected,
        Integer citations,
        boolean conference,
        String absolutePdfUrl,
        TemplateHTMLOutputModel jsonLd) {

    /**
     * Whether an academicpages citation line, shown for a paper without an author list, already names the venue:
     * the venue line under it would say it a second time.
     */
    public boolean citationNamesVenue() {
        if (!authors.isEmpty() || citation == null || venue.isEmpty()) {
            return false;
        }
        try {
            return Jsoup.parse(HTMLOutputFormat.INSTANCE.getMarkupString(citation)).text().contains(venue);
        } catch (TemplateModelException e) {
            return false;
        }
    }
}

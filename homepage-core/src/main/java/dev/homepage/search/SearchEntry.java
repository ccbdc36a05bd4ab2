package dev.homepage.search;

/**
 * One thing the search finds: a page, a paper, a talk, a post, a news item... Texts may be empty, never null.
 *
 * @param kind what it is, as readers see it: "Paper", "Talk", "Page"
 * @param title its title
 * @param url the href it opens
 * @param date its date as readers see it ("2024" for a paper, "March 05, 2024" for a post), or empty
 * @param authors a paper's authors, one text
 * @param venue a paper's journal or conference; a talk's venue
 * @param text its text, plain, shortened to what the index keeps
 */
public record SearchEntry(String kind, String title, String url, String date, String authors, String venue,
        String text) {
}

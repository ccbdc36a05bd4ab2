package dev.homepage.render;

import java.util.List;

/**
 * What every template sees as {@code publications}.
 *
 * @param items every publication, newest first
 * @param groups the same, grouped as the config's {@code publications.group_by} says ("year", the default, or
 *     "category"), in the order the listing shows them
 * @param selected the publications marked {@code selected}, newest first
 * @param totalCitations the citations of all papers, or null when the site keeps no counts
 * @param filters what the listing's papers can be filtered by
 */
public record PublicationsView(List<PublicationView> items, List<Group> groups, List<PublicationView> selected,
        Integer totalCitations, Filters filters) {

    /**
     * The choices of the listing's filters, each only what some paper has.
     *
     * @param years the years, newest first
     * @param types the types, in the order of {@link dev.homepage.publications.Publication.Type}
     * @param topics the topics, in alphabetical order
     * @param firstAuthor whether some paper is the site owner's as first author
     */
    public record Filters(List<String> years, List<Choice> types, List<String> topics, boolean firstAuthor) {
    }

    /**
     * @param value what the address says, such as "conference"
     * @param title what the reader sees, such as "Conference papers"
     */
    public record Choice(String value, String title) {
    }

    /**
     * @param id the heading's id ("y2024", "conferences")
     * @param title the heading ("2024", "Conference Papers")
     * @param items the publications of the group, newest first
     */
    public record Group(String id, String title, List<PublicationView> items) {
    }
}

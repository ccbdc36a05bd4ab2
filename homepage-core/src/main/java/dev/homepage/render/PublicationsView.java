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
 */
public record PublicationsView(List<PublicationView> items, List<Group> groups, List<PublicationView> selected,
        Integer totalCitations) {

    /**
     * @param id the heading's id ("y2024", "conferences")
     * @param title the heading ("2024", "Conference Papers")
     * @param items the publications of the group, newest first
     */
    public record Group(String id, String title, List<PublicationView> items) {
    }
}

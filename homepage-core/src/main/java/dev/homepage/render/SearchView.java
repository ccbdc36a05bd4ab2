package dev.homepage.render;

import dev.homepage.search.SearchEntry;
import java.util.List;

/**
 * What the search page's template sees as {@code search}.
 *
 * @param indexUrl the href of the index its script loads
 * @param libraryUrl the href of the folder of the search library (Fuse.js)
 * @param groups every entry of the index by kind, for readers without scripts: the page then lists them all
 */
public record SearchView(String indexUrl, String libraryUrl, List<Group> groups) {

    /**
     * @param title what the entries are, such as "Papers"
     * @param entries the entries, in the index's order
     */
    public record Group(String title, List<SearchEntry> entries) {
    }
}

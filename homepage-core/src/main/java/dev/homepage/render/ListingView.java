package dev.homepage.render;

import java.util.List;

/**
 * What the listing template sees as {@code listing}: the items of one collection, newest first.
 *
 * @param collection the collection's name, such as "talks"
 * @param items every item, newest first
 * @param years the same items grouped by year, newest year first; items without a date are in a group named ""
 */
public record ListingView(String collection, List<CollectionItemView> items, List<YearGroup> years) {

    /**
     * The items of one year.
     *
     * @param year the year, or "" for items without a date
     * @param items the items, newest first
     */
    public record YearGroup(String year, List<CollectionItemView> items) {
    }
}

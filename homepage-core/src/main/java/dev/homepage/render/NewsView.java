package dev.homepage.render;

import java.util.List;

/**
 * What templates see as {@code news}: the newest items of the {@code news} collection, for the home page.
 *
 * @param items the newest items, newest first, at most the config's {@code news.home_limit} (5 by default), or as
 *     many as al-folio's {@code announcements:} in the home page's front matter say
 * @param more whether the collection holds more than are shown
 * @param url the href of the news listing
 */
public record NewsView(List<CollectionItemView> items, boolean more, String url) {
}

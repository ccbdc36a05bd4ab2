package dev.homepage.render;

import java.util.List;

/**
 * A page that is no collection item: one of the site's pages, or one the build makes (a collection's listing, the
 * search page, the 404 page, a paper known from BibTeX alone).
 *
 * @param basics what every page has
 * @param homeSections on the home page, its content cut where its own sections start, for the news to go
 *     between; elsewhere, all of it as the introduction
 * @param profiles the people of a page in al-folio's {@code layout: profiles}, in order; the profile of a page in
 *     its {@code layout: about}; elsewhere none
 */
public record PlainPageView(PageBasics basics, HomeSections homeSections, List<ProfileView> profiles)
        implements PageView {
}

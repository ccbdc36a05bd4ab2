package dev.homepage.render;

import dev.homepage.cache.Memo;

/** What the page renderer keeps from one build for the next: the pages' views, and the pages. */
public final class PageCache {

    final Memo<PageView> views = new Memo<>();
    final Memo<RenderedPage> pages = new Memo<>();

    void nextBuild() {
        views.nextBuild();
        pages.nextBuild();
    }
}

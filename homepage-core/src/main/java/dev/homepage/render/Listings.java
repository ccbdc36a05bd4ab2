package dev.homepage.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A listing page for each collection with items, at {@code /<collection>/}, unless a document has that URL. */
final class Listings implements OutputProducer {

    static final String LISTING_TEMPLATE = "listing.ftlh";

    @Override
    public void produce(BuildViews build, Outputs out) {
        build.content().collections().forEach((name, items) -> {
            String url = "/" + name + "/";
            if (!items.isEmpty() && build.noDocumentAt(url)) {
                ListingView listing = listing(name, build.collections().get(name));
                build.fingerprints().ofItems(listing, listing.items(), listing.collection());
                PageView page = build.generatedPage(name, build.config().collections().get(name).title(), url);
                out.add(new PageJob(url, Path.of("_" + name), LISTING_TEMPLATE,
                        build.model("page", page, "listing", listing, "publications", build.papers().view())));
                out.add(build.siteFiles().sitemapEntry(url, null));
            }
        });
    }

    /** A collection's listing, from its items newest first; the year groups come from the items' own years. */
    private static ListingView listing(String name, List<CollectionItemView> newestFirst) {
        Map<String, List<CollectionItemView>> byYear = new LinkedHashMap<>();
        for (CollectionItemView item : newestFirst) {
            byYear.computeIfAbsent(item.year(), year -> new ArrayList<>()).add(item);
        }
        List<ListingView.YearGroup> years = byYear.entrySet().stream()
                .map(entry -> new ListingView.YearGroup(entry.getKey(), List.copyOf(entry.getValue()))).toList();
        return new ListingView(name, newestFirst, years);
    }
}

package dev.homepage.render;

import dev.homepage.Problems;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.RenderedDocument;
import dev.homepage.content.SiteContent;
import dev.homepage.incremental.PageFingerprints;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the producers of one build read: the rendered bodies and the views templates see, made once for all of them.
 *
 * @param bodies the rendered documents, by source file
 * @param site what every template sees as {@code site}
 * @param papers the publications and their views
 * @param pages the view of each rendered document, by source file
 * @param collections the views of each collection's items, newest first, by collection name
 * @param news the newest news for the home page
 * @param paperLists draws the lists of papers a body's jekyll-scholar tags chose
 * @param siteFiles the feed, sitemap, robots.txt, 404 page, icon and redirects
 * @param documentUrls the URLs of the documents that get a page
 * @param ownUrls the same, and those of the files the site copies: URLs the theme's own files leave to the site
 * @param fingerprints what each view was made from, for the page cache
 */
record BuildViews(SiteContent content, Map<Path, RenderedDocument> bodies, SiteConfig config, Views views,
        SiteView site, Papers papers, Map<Path, PageView> pages, Map<String, List<CollectionItemView>> collections,
        NewsView news, PaperLists paperLists, SiteFiles siteFiles, Set<String> documentUrls, Set<String> ownUrls,
        PageFingerprints fingerprints, Problems problems) {

    /** The model of a page: {@code site}, and the given names and values. */
    Map<String, Object> model(Object... namesAndValues) {
        // Straight into an immutable map, without a HashMap first: a build makes one for each page of the site.
        @SuppressWarnings("unchecked")
        Map.Entry<String, Object>[] entries = new Map.Entry[namesAndValues.length / 2 + 1];
        entries[0] = Map.entry("site", site);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            entries[i / 2 + 1] = Map.entry((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Map.ofEntries(entries);
    }

    /** Whether no document of the site has a page at the URL: a listing may be written there. */
    boolean noDocumentAt(String url) {
        return !holdsFolderOf(documentUrls, url);
    }

    /** Whether the site has nothing of its own at the URL: the theme's feed, sitemap or 404 page may go there. */
    boolean free(String url) {
        return !holdsFolderOf(ownUrls, url);
    }

    /**
     * Whether one of the URLs has the same {@link #folderUrl} as the given one: the URLs are kept as they are, as
     * most are the same texts from build to build, rather than each made into its folder URL on every build for
     * the few that are asked of.
     */
    static boolean holdsFolderOf(Set<String> urls, String url) {
        String folder = folderUrl(url);
        return List.of(folder, folder + "index.html", folder.substring(0, folder.length() - 1)).stream()
                .anyMatch(each -> urls.contains(each) && folderUrl(each).equals(folder));
    }

    /** The view of a page the site has no file for, made from what it shows. */
    PlainPageView generatedPage(String collection, String title, String url) {
        return fingerprints.of(views.generatedPage(collection, title, url), "generated", collection, title, url);
    }

    /** The URL without what makes {@code /talks}, {@code /talks/} and {@code /talks/index.html} differ. */
    static String folderUrl(String url) {
        String folder = url.endsWith("/index.html") ? url.substring(0, url.length() - "index.html".length()) : url;
        return folder.endsWith("/") ? folder : folder + "/";
    }
}

package dev.homepage.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An HTML page of the built site, parsed.
 *
 * @param path the page's file, relative to the output folder, with "/" separators ("talks/index.html")
 * @param source the file the page was made from, relative to the source folder (for a collection listing, the
 *     collection folder)
 * @param document the parsed page
 * @param anchors what an in-page link can point to: the ids of its elements and the names of its {@code <a name>}
 */
record SitePage(String path, Path source, Document document, Set<String> anchors) {

    static boolean isHtml(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }

    static SitePage read(Path outputDirectory, String path, Path source) throws IOException {
        Document document = Jsoup.parse(outputDirectory.resolve(path).toFile(), "UTF-8");
        Set<String> anchors = new HashSet<>(document.select("[id]").eachAttr("id"));
        anchors.addAll(document.select("a[name]").eachAttr("name"));
        return new SitePage(path, source, document, Set.copyOf(anchors));
    }
}

package dev.homepage.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the source folder holds.
 *
 * @param pages the pages, in path order
 * @param collections the items of each collection in Jekyll's order: oldest first, undated last, then by path
 * @param data the data files of {@code _data/}, by file name without extension (folders nest)
 * @param staticFiles the files copied as they are, relative to the source folder, in path order
 */
public record SiteContent(
        List<Document> pages,
        Map<String, List<Document>> collections,
        Map<String, Object> data,
        List<Path> staticFiles) {
}

package dev.homepage.config;

import java.util.Map;

/**
 * One entry of the config's {@code defaults:} list, as Jekyll has it: front matter values given to every file
 * in a scope.
 *
 * @param path the folder prefix the scope covers, relative to the source folder ("" for all)
 * @param type "pages", or a collection name such as "posts" or "talks"; empty for any
 * @param values the front matter values to give
 */
public record FrontMatterDefault(String path, String type, Map<String, Object> values) {

    /** Whether this default covers a file at the given path of the given type. */
    public boolean covers(String relativePath, String fileType) {
        boolean pathMatches = path.isEmpty() || relativePath.equals(path) || relativePath.startsWith(path + "/");
        return pathMatches && (type.isEmpty() || type.equals(fileType));
    }
}

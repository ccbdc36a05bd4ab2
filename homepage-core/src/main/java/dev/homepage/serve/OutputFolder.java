package dev.homepage.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps request paths to the files of the output folder, and never to anything outside it. The path is decoded
 * exactly once and refused if a segment is {@code ..} or holds a backslash or NUL, so that neither
 * {@code %2e%2e/}, {@code ..%2f} nor {@code ..\} climbs out, and a doubly encoded {@code %252e} stays the literal
 * name {@code %2e}; what is left is resolved, and must still lie inside the folder once symbolic links are
 * followed.
 */
final class OutputFolder {

    /** What a request path names. */
    sealed interface Lookup permits Found, Redirect, Missing, Refused {
    }

    record Found(Path file) implements Lookup {
    }

    record Redirect(String location) implements Lookup {
    }

    record Missing() implements Lookup {
    }

    record Refused() implements Lookup {
    }

    static final String NOT_FOUND_PAGE = "404.html";
    private static final String INDEX = "index.html";

    private final Path root;
    private final String basePath;

    /**
     * @param root the output folder
     * @param basePath the path the site is served under, as the config's {@code baseurl}: "" or "/path"
     */
    OutputFolder(Path root, String basePath) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
    }

    Lookup lookup(URI request) {
        String path = request.getPath();
        String rawPath = request.getRawPath();
        if (path == null || rawPath == null || !path.startsWith("/") || !isSafe(path)) {
            return new Refused();
        }
        if (!basePath.isEmpty()) {
            if (path.equals("/") || path.equals(basePath)) {
                return new Redirect(basePath + "/");
            }
            if (!path.startsWith(basePath + "/")) {
                return new Missing();
            }
            path = path.substring(basePath.length());
        }
        // A path starting with "//" resolves to the file system's root, and is refused here: it is also the one
        // that would make the redirect below lead to another host.
        Path target = root.resolve(path.substring(1)).normalize();
        if (!target.startsWith(root)) {
            return new Refused();
        }
        if (Files.isDirectory(target)) {
            if (!path.endsWith("/")) {
                return new Redirect(rawPath + "/");
            }
            target = target.resolve(INDEX);
        }
        return Files.isRegularFile(target) && isInside(target) ? new Found(target) : new Missing();
    }

    /** The site's own page for missing files, if it has one. */
    Lookup notFoundPage() {
        Path page = root.resolve(NOT_FOUND_PAGE);
        return Files.isRegularFile(page) && isInside(page) ? new Found(page) : new Missing();
    }

    private static boolean isSafe(String decodedPath) {
        for (String segment : decodedPath.split("/")) {
            if (segment.equals("..") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0) {
                return false;
            }
        }
        return true;
    }

    private boolean isInside(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}

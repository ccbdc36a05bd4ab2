package dev.homepage.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A third-party library the theme uses on some pages, shipped as a WebJar from Maven Central and copied into
 * {@code assets/homepage/<folder>/} of sites whose pages load it: the site never depends on a CDN.
 */
public enum Library {

    /** KaTeX: its stylesheet, script, auto-render extension, and the fonts its stylesheet names. */
    KATEX("katex", "org.webjars.npm", "katex", "dist/", List.of("katex.min.css", "katex.min.js",
            "contrib/auto-render.min.js")),

    /** highlight.js, common languages; its colours come from the theme's stylesheet, so they follow the toggle. */
    HIGHLIGHT("highlight", "org.webjars", "highlightjs", "", List.of("highlight.min.js")),

    /**
     * Fuse.js, which the search page searches the site's index with: fuzzy, so a misspelt name still finds its
     * papers, and over plain JSON, so the build needs no JavaScript to make the index.
     */
    FUSE("fuse", "org.webjars.npm", "fuse.js", "dist/", List.of("fuse.min.js"));


    private final String folder;
    private final String root;
    private final List<String> files;

    Library(String folder, String groupId, String artifactId, String subfolder, List<String> entryPoints) {
        this.folder = folder;
        this.root = "/META-INF/resources/webjars/" + artifactId + "/" + version(groupId, artifactId) + "/" + subfolder;
        this.files = withStylesheetFiles(entryPoints);
    }

    /** The folder under {@code assets/homepage/}, which pages name to load the library. */
    public String folder() {
        return folder;
    }

    /** The files to copy, relative to {@link #folder()}. */
    List<String> files() {
        return files;
    }

    byte[] read(String file) throws IOException {
        try (InputStream in = Library.class.getResourceAsStream(root + file)) {
            if (in == null) {
                throw new IOException(root + file + " is missing from the " + name() + " WebJar");
            }
            return in.readAllBytes();
        }
    }

    /** The WebJar's version, from its Maven metadata: the pom pins it once. */
    private static String version(String groupId, String artifactId) {
        String properties = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Library.class.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException(properties + " is missing: is the WebJar on the class path?");
            }
            Properties metadata = new Properties();
            metadata.load(in);
            return metadata.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> withStylesheetFiles(List<String> entryPoints) {
        List<String> all = new ArrayList<>(entryPoints);
        for (String file : entryPoints) {
            if (file.endsWith(".css")) {
                try {
                    Matcher url = StylesheetUrls.PATTERN.matcher(new String(read(file), StandardCharsets.UTF_8));
                    String base = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
                    while (url.find()) {
                        if (!all.contains(base + url.group(1))) {
                            all.add(base + url.group(1));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * Files a stylesheet loads, such as {@code url(fonts/KaTeX_Main-Regular.woff2)}; in a holder, as an enum's
     * constants are made before its static fields.
     */
    private static final class StylesheetUrls {
        static final Pattern PATTERN = Pattern.compile("url\\(([^)\"':]+)\\)");
    }
}

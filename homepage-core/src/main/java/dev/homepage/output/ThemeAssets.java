package dev.homepage.output;

import dev.homepage.cache.Memo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default theme's static files (CSS, scripts), shipped in the jar and copied to {@code assets/homepage/}.
 * A jar cannot be listed portably, so the theme names its files in {@code assets.list}.
 */
public final class ThemeAssets {

    static final String OUTPUT_FOLDER = "assets/homepage";
    private static final String FOLDER = "/dev/homepage/theme/assets/";
    private static final String LIST = "/dev/homepage/theme/assets.list";

    private final List<String> themeFiles;
    private final Set<Library> libraries;
    /** The libraries each page loads, by its HTML. */
    private final Memo<String, Set<Library>> librariesOfPage = new Memo<>();

    public ThemeAssets() {
        this(readList(), EnumSet.noneOf(Library.class));
    }

    private ThemeAssets(List<String> themeFiles, Set<Library> libraries) {
        this.themeFiles = themeFiles;
        this.libraries = libraries;
    }

    private static List<String> readList() {
        try (InputStream list = ThemeAssets.class.getResourceAsStream(LIST)) {
            if (list == null) {
                throw new IllegalStateException("the theme's " + LIST + " is missing from the jar");
            }
            return new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These assets, and the libraries (KaTeX, highlight.js) that some of the pages load. What each page loads is
     * remembered until the next call, which finds most of the same pages again when it comes from a rebuild.
     */
    public ThemeAssets withLibrariesLoadedBy(List<OutputPage> pages) {
        librariesOfPage.nextBuild();
        Set<Library> loaded = pages.parallelStream()
                .flatMap(page -> librariesOfPage.get(page.html(), () -> librariesLoadedBy(page.html())).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Library.class)));
        return new ThemeAssets(themeFiles, loaded);
    }

    private static Set<Library> librariesLoadedBy(String html) {
        return Arrays.stream(Library.values()).filter(library -> library.loadedBy(html))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Library.class)));
    }

    /** The files, relative to {@code assets/homepage/}: the theme's, then each library's in its folder. */
    public List<String> files() {
        List<String> files = new ArrayList<>(themeFiles);
        libraries.forEach(library -> library.files().forEach(file -> files.add(library.folder() + "/" + file)));
        return files;
    }

    byte[] read(String file) throws IOException {
        for (Library library : libraries) {
            if (file.startsWith(library.folder() + "/")) {
                return library.read(file.substring(library.folder().length() + 1));
            }
        }
        try (InputStream in = ThemeAssets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new NoSuchFileException(FOLDER + file, null, "listed in " + LIST + " but not in the jar");
            }
            return in.readAllBytes();
        }
    }
}

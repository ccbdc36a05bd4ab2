package dev.homepage.output;

import dev.homepage.cache.Memo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The default theme's static files (CSS, scripts), shipped in the jar and copied to {@code assets/homepage/}.
 * A jar cannot be listed portably, so the theme names its files in {@code assets.list}: most go to every site, those
 * marked {@code ?} (the search page's script) only to sites one of whose pages loads them, like the libraries.
 */
public final class ThemeAssets {

    static final String OUTPUT_FOLDER = "assets/homepage";
    private static final String FOLDER = "/dev/homepage/theme/assets/";
    private static final String LIST = "/dev/homepage/theme/assets.list";
    /** Marks a file of the list that goes only to sites whose pages load it. */
    private static final String ON_DEMAND = "?";

    /** The files for every site. */
    private final List<String> themeFiles;
    /** The files for sites whose pages load them. */
    private final List<String> onDemandFiles;
    /** Of those, the ones pages load; and the libraries pages load. */
    private final List<String> loadedFiles;
    private final Set<Library> libraries;
    /**
     * The files loaded on demand and the libraries each page loads, by the page's content: an array is its own
     * key, and a page the page cache kept is the same array as in the last build.
     */
    private final Memo<byte[], Loaded> loadedByPage = new Memo<>();
    private final AtomicInteger pagesScanned = new AtomicInteger();

    /** What a page loads besides the theme's files for every page. */
    private record Loaded(Set<Library> libraries, List<String> files) {
    }

    public ThemeAssets() {
        List<String> list = readList();
        this.themeFiles = list.stream().filter(file -> !file.startsWith(ON_DEMAND)).toList();
        this.onDemandFiles = list.stream().filter(file -> file.startsWith(ON_DEMAND))
                .map(file -> file.substring(ON_DEMAND.length()).strip()).toList();
        this.loadedFiles = List.of();
        this.libraries = EnumSet.noneOf(Library.class);
    }

    private ThemeAssets(ThemeAssets theme, List<String> loadedFiles, Set<Library> libraries) {
        this.themeFiles = theme.themeFiles;
        this.onDemandFiles = theme.onDemandFiles;
        this.loadedFiles = loadedFiles;
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
     * These assets, with the libraries (KaTeX, highlight.js, Fuse.js) and the theme's files loaded on demand that
     * some of the pages load. What each page loads is remembered until the next call, which finds most of the same
     * pages again when it comes from a rebuild.
     */
    public ThemeAssets withLibrariesLoadedBy(List<OutputPage> pages) {
        loadedByPage.nextBuild();
        List<Loaded> loaded = pages.parallelStream()
                .map(page -> loadedByPage.get(page.content(), () -> loadedBy(page))).toList();
        Set<Library> loadedLibraries = loaded.stream().flatMap(page -> page.libraries().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Library.class)));
        Set<String> files = loaded.stream().flatMap(page -> page.files().stream()).collect(Collectors.toSet());
        return new ThemeAssets(this, onDemandFiles.stream().filter(files::contains).toList(), loadedLibraries);
    }

    /** How many pages were read for what they load, rather than known from the last build, over all builds. */
    public int pagesScanned() {
        return pagesScanned.get();
    }

    /**
     * What the page loads: the libraries whose folder and the files loaded on demand whose name follow
     * {@code assets/homepage/} somewhere in it. The page is searched once for that folder, as its UTF-8 bytes read
     * one a character (Latin-1): a path in ASCII stands where it stands in the text, and the page is not decoded.
     */
    private Loaded loadedBy(OutputPage page) {
        pagesScanned.incrementAndGet();
        Set<Library> libraries = EnumSet.noneOf(Library.class);
        List<String> files = new ArrayList<>();
        if (!page.binary()) {
            String bytes = new String(page.content(), StandardCharsets.ISO_8859_1);
            String folder = OUTPUT_FOLDER + "/";
            for (int at = bytes.indexOf(folder); at >= 0; at = bytes.indexOf(folder, at + folder.length())) {
                int path = at + folder.length();
                for (Library library : Library.values()) {
                    if (bytes.startsWith(library.folder() + "/", path)) {
                        libraries.add(library);
                    }
                }
                for (String file : onDemandFiles) {
                    if (bytes.startsWith(file, path) && !files.contains(file)) {
                        files.add(file);
                    }
                }
            }
        }
        return new Loaded(libraries, files);
    }

    /**
     * The files, relative to {@code assets/homepage/}: the theme's (those loaded on demand only when a page loads
     * them), then each library's in its folder.
     */
    public List<String> files() {
        List<String> files = new ArrayList<>(themeFiles);
        files.addAll(loadedFiles);
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

package dev.homepage.content;

import dev.homepage.Problems;
import dev.homepage.SiteGenerator;
import dev.homepage.SourceFolder;
import dev.homepage.Spelling;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.liquid.LiquidRenderer;
import dev.homepage.publications.BibliographyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The source folder's files sorted into what is rendered, what is data and what is copied, all relative to the
 * source folder and in path order.
 *
 * <p>As in Jekyll, names starting with "_" or "." are not copied (unless the config's {@code include} names them),
 * and the config's {@code exclude} entries (names, paths or globs) are skipped altogether.
 */
public record SourceTree(List<Path> contentFiles, List<Path> dataFiles, List<Path> staticFiles) {

    private static final Comparator<Path> BY_PATH = Comparator.comparing(Path::toString);

    /** Folders whose names start with "_" that parts of the build other than the content read. */
    private static final Set<String> READ_ELSEWHERE = Set.of(SourceNames.INCLUDES_FOLDER, SourceNames.BIBLIOGRAPHY_FOLDER,
            SourceNames.PAGES_FOLDER, SourceNames.DATA_FOLDER, SourceNames.SASS_FOLDER, "_site", "_drafts", "_plugins");

    /** Whether the file is one of the tree's. */
    boolean holds(Path file) {
        return Stream.of(contentFiles, dataFiles, staticFiles)
                .anyMatch(files -> Collections.binarySearch(files, file, BY_PATH) >= 0);
    }

    public static SourceTree scan(Path sourceDirectory, Path outputDirectory, SiteConfig config, Problems problems)
            throws IOException {
        List<Predicate<String>> excluded = config.exclude().stream().map(SourceTree::excludeEntry).toList();
        List<PathMatcher> included = config.include().stream().map(SourceTree::matcher).toList();
        SourceFolder sources = new SourceFolder(sourceDirectory);
        List<Path> content = new ArrayList<>();
        List<Path> data = new ArrayList<>();
        List<Path> copied = new ArrayList<>();

        Files.walkFileTree(sourceDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                if (directory.equals(sourceDirectory)) {
                    return FileVisitResult.CONTINUE;
                }
                if (directory.equals(outputDirectory)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path relative = sourceDirectory.relativize(directory);
                boolean wanted = entered(relative, config, excluded, included);
                if (!wanted && relative.getNameCount() == 1 && !leftOut(relative, excluded, included)) {
                    warnOfUnreadFolder(relative, config, problems);
                }
                return wanted ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = sourceDirectory.relativize(file);
                if (leftOut(relative, excluded, included)) {
                    if (!attributes.isSymbolicLink() && ContentLoader.isContentFile(relative.getFileName().toString())
                            && FrontMatter.startsWithFence(firstLine(file))) {
                        problems.warn(relative, 0, "is neither rendered nor copied: _config.yml's exclude: names it,"
                                + " as a path from the site's folder (as in Jekyll); take it out of exclude: to build it");
                    }
                    return FileVisitResult.CONTINUE;
                }
                // A link is read only when it leads to a file inside the folder; others are warned of.
                boolean readable = attributes.isSymbolicLink() ? sources.file(relative, problems).isPresent()
                        : attributes.isRegularFile();
                if (!readable) {
                    return FileVisitResult.CONTINUE;
                }
                sort(file, relative);
                return FileVisitResult.CONTINUE;
            }

            private void sort(Path file, Path relative) throws IOException {
                String first = relative.getName(0).toString();
                String name = relative.getFileName().toString();
                boolean topLevelSpecial = relative.getNameCount() > 1 && isSpecialFolder(relative.getName(0), config);
                if (first.equals(SourceNames.DATA_FOLDER)) {
                    if (ContentLoader.isDataFile(name)) {
                        data.add(relative);
                    }
                } else if (topLevelSpecial) {
                    if (ContentLoader.isContentFile(name) && !isHidden(relative.subpath(1, relative.getNameCount()))) {
                        content.add(relative);
                    }
                } else if (isHidden(relative) && !isIncluded(included, relative)) {
                    return;
                } else if (ContentLoader.isRenderedFile(name) && FrontMatter.startsWithFence(firstLine(file))) {
                    content.add(relative);
                } else {
                    copied.add(relative);
                }
            }
        });
        content.sort(BY_PATH);
        data.sort(BY_PATH);
        copied.sort(BY_PATH);
        return new SourceTree(List.copyOf(content), List.copyOf(data), List.copyOf(copied));
    }

    /**
     * A top-level folder the build does not read, when it says something the author should know: Jekyll's
     * {@code _layouts/} (the theme lays the pages out instead, but for the site's layouts it has no stand-in for),
     * or a name near a collection's
     * ({@code _publication/}), whose items would otherwise just be missing from the site.
     */
    private static void warnOfUnreadFolder(Path folder, SiteConfig config, Problems problems) {
        String name = folder.toString();
        if (name.equals(SourceNames.LAYOUTS_FOLDER)) {
            problems.warn(folder, 0, "homepage lays the pages out with its theme, in place of the site's layouts"
                    + " of the names the theme knows (default, page, post...); a layout of another name runs, as Liquid,"
                    + " inside the theme's page when it goes into one of those. To change how a page looks, copy the"
                    + " theme's template of the same kind into " + SourceNames.TEMPLATES_FOLDER + "/ and edit it (see"
                    + " the README, \"Customising\")");
            return;
        }
        if (!name.startsWith("_") || READ_ELSEWHERE.contains(name)) {
            return;
        }
        List<String> collectionFolders = config.collections().keySet().stream().map(collection -> "_" + collection)
                .toList();
        Spelling.closest(name, collectionFolders, 2).ifPresent(meant -> problems.warn(folder, 0, "the folder is"
                + " not read: no collection is called '" + name.substring(1) + "'. Did you mean " + meant + "/? (Or"
                + " declare the collection under collections: in _config.yml.)"));
    }

    /**
     * Whether a scan reads what lies in the folder, given relative to the source folder: it is not excluded, nor
     * inside a folder that is, and it is not hidden (its name or a parent's starting with "_" or ".") unless it
     * is a folder of content or {@code include:} names it.
     */
    public static boolean reads(Path folder, SiteConfig config) {
        List<Predicate<String>> excluded = config.exclude().stream().map(SourceTree::excludeEntry).toList();
        List<PathMatcher> included = config.include().stream().map(SourceTree::matcher).toList();
        for (int count = 1; count <= folder.getNameCount(); count++) {
            if (!entered(folder.subpath(0, count), config, excluded, included)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the scan goes into a folder, its parent being one it went into. */
    private static boolean entered(Path relative, SiteConfig config, List<Predicate<String>> excluded,
            List<PathMatcher> included) {
        return !leftOut(relative, excluded, included)
                && (isSpecialFolder(relative, config) || !isHidden(relative) || isIncluded(included, relative));
    }

    /** Whether {@code exclude:} leaves the path out, {@code include:} not taking it back. */
    private static boolean leftOut(Path relative, List<Predicate<String>> excluded, List<PathMatcher> included) {
        return isExcluded(excluded, relative) && !isIncluded(included, relative);
    }

    /**
     * {@code _pages}, {@code _data} and the collection folders: read although their names start with "_". A site
     * whose config includes {@code _pages}, as Jekyll needs it to, gets that folder read as Jekyll reads any
     * folder: a file without front matter there is copied as it is.
     */
    private static boolean isSpecialFolder(Path relative, SiteConfig config) {
        String first = relative.getName(0).toString();
        return first.equals(SourceNames.PAGES_FOLDER) && !DocumentReader.pagesIsJekyllFolder(config)
                || first.equals(SourceNames.DATA_FOLDER)
                || first.startsWith("_") && config.collections().containsKey(first.substring(1));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExcluded(List<Predicate<String>> excluded, Path relative) {
        String path = relative.toString().replace('\\', '/');
        return excluded.stream().anyMatch(entry -> entry.test(path));
    }

    /**
     * An {@code exclude:} entry as Jekyll matches it: against the path from the site's folder, never a file's name
     * alone ({@code about.md} leaves out the root about.md, not {@code _pages/about.md}), as Ruby's
     * {@code File.fnmatch} matches it (its {@code *} crosses folders), or as the start of the path
     * ({@code vendor/} leaves out what is in it).
     */
    static Predicate<String> excludeEntry(String entry) {
        String pattern = entry.strip().replaceFirst("^/+", "");
        if (pattern.isEmpty()) {
            return path -> false;
        }
        String folder = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        if (pattern.chars().noneMatch(c -> "*?[\\".indexOf(c) >= 0)) {
            // No wildcard: the glob matches the path itself alone, which the start of the path covers; no regular
            // expression to run on every file of the site.
            return path -> path.startsWith(pattern) || path.equals(folder);
        }
        Pattern glob;
        try {
            glob = Pattern.compile(fnmatch(pattern));
        } catch (PatternSyntaxException e) {
            glob = Pattern.compile(Pattern.quote(pattern));
        }
        Pattern matcher = glob;
        return path -> matcher.matcher(path).matches() || path.startsWith(pattern) || path.equals(folder);
    }

    /** Ruby's {@code File.fnmatch} pattern without flags, as a regular expression. */
    private static String fnmatch(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    int close = pattern.indexOf(']', i + 1);
                    if (close < 0) {
                        regex.append("\\[");
                    } else {
                        String set = pattern.substring(i + 1, close).replace("\\", "\\\\").replace("[", "\\[");
                        regex.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                        i = close;
                    }
                }
                case '\\' -> {
                    if (i + 1 < pattern.length()) {
                        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        Path name = relative.getFileName();
        return matchers.stream().anyMatch(m -> m.matches(relative) || m.matches(name));
    }

    /** Whether {@code include:} names the path or a folder it lies in ({@code .well-known} covers its files). */
    private static boolean isIncluded(List<PathMatcher> included, Path relative) {
        for (int count = 1; count <= relative.getNameCount(); count++) {
            if (matches(included, relative.subpath(0, count))) {
                return true;
            }
        }
        return false;
    }

    private static PathMatcher matcher(String pattern) {
        String glob = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        if (glob.endsWith("/")) {
            glob = glob.substring(0, glob.length() - 1);
        }
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /**
     * The file's first line, read as bytes: a Markdown or HTML file starting with front matter is content whatever
     * its encoding, so that a file that is not UTF-8 is reported as such rather than copied unnoticed.
     */
    private static String firstLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(64);
            boolean byteOrderMark = start.length >= 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB
                    && (start[2] & 0xff) == 0xBF;
            int from = byteOrderMark ? 3 : 0;
            String text = new String(start, from, start.length - from, StandardCharsets.ISO_8859_1);
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        }
    }
}

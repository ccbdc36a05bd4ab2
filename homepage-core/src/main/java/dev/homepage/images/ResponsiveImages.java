package dev.homepage.images;

import dev.homepage.Problems;
import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.output.SiteAddresses;
import dev.homepage.config.SiteConfig;
import dev.homepage.output.OutputPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Responsive images: every JPEG and PNG of the site that a page shows in an {@code <img>} (the avatar, papers'
 * thumbnails and figures, images of Markdown and of the author's own HTML) gets smaller copies at a few widths, never
 * wider than the original, which stays; the pages' tags get {@code srcset} and {@code sizes}, their width and
 * height, and lazy loading below the start of the page. Copies are made once and kept in the cache folder
 * ({@code target/homepage-cache/images}); a build in which no image changed reads them back without decoding any. An
 * image that cannot be read, or is too large to decode, is a warning naming its file, and is shown as it is.
 */
public final class ResponsiveImages {

    /** Where the copies go, relative to the output folder. */
    public static final String COPIES_FOLDER = "assets/homepage/resized";
    /** The cache's folder of copies, in the build's cache folder. */
    private static final String CACHE_FOLDER = "images";

    /**
     * What the pages need.
     *
     * @param pages the pages, their image tags rewritten, and the copies
     * @param images how many images of the site pages show
     */
    public record Result(List<OutputPage> pages, int images) {
    }

    /** What an image gave: its copies, or why it has none. */
    private record Outcome(String key, Optional<ImageSet> set, String refused) {
    }

    /** A page whose image tags to rewrite, by its content (an array is its own key), with what its images gave. */
    private record Rewrite(byte[] content, String images) {
    }

    /**
     * The image elements of each page, by the page's content: an array is its own key, and a page the page cache
     * kept is the same array as in the last build.
     */
    private final Memo<byte[], List<ImageTags.Tag>> tagsOfPage = new Memo<>();
    /** What each image gave, by its path, size and time. */
    private final Memo<String, Outcome> outcomes = new Memo<>();
    /** Each rewritten page's content, by its content before and what its images gave. */
    private final Memo<Rewrite, byte[]> rewritten = new Memo<>();
    private final AtomicInteger imagesRead = new AtomicInteger();
    private final String codeVersion;

    /** @param codeVersion what the running homepage is: copies kept by another version are made again */
    public ResponsiveImages(String codeVersion) {
        this.codeVersion = codeVersion;
    }

    /** How many images were read for their copies, rather than taken as the last build left them, over all builds. */
    public int imagesRead() {
        return imagesRead.get();
    }

    /**
     * @param pages the site's pages
     * @param sourceDirectory the source folder
     * @param staticFiles the files copied into the site as they are, relative to the source folder
     * @param cacheDirectory the build's cache folder, if it has one
     */
    public Result apply(List<OutputPage> pages, Path sourceDirectory, List<Path> staticFiles, SiteConfig config,
            Optional<Path> cacheDirectory, Problems problems) {
        tagsOfPage.nextBuild();
        outcomes.nextBuild();
        rewritten.nextBuild();
        Set<String> files = staticFiles.stream().map(file -> file.toString().replace('\\', '/'))
                .filter(ImageTags::isRaster).collect(Collectors.toSet());
        if (!config.images().responsive() || files.isEmpty()) {
            return new Result(pages, 0);
        }
        ImageTags tags = new ImageTags(new SiteAddresses(config.url(), config.baseurl()), config.baseurl());
        Map<OutputPage, List<ImageTags.Tag>> shown = new ConcurrentHashMap<>();
        pages.parallelStream().filter(page -> !page.binary()).forEach(page -> {
            List<ImageTags.Tag> found = tagsOfPage.get(page.content(),
                    () -> tags.tagsOf(fileOf(page.url()), page.html(), files::contains));
            if (!found.isEmpty()) {
                shown.put(page, found);
            }
        });
        Set<String> paths = shown.values().stream().flatMap(List::stream).map(ImageTags.Tag::path)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (paths.isEmpty()) {
            return new Result(pages, 0);
        }
        Optional<Path> cacheFolder = cacheDirectory.map(folder -> folder.resolve(CACHE_FOLDER));
        ImageResizer resizer = new ImageResizer(codeVersion, cacheFolder);
        Map<String, Outcome> byPath = new TreeMap<>(paths.parallelStream().collect(Collectors.toMap(path -> path,
                path -> outcome(resizer, sourceDirectory.resolve(path), path))));
        byPath.forEach((path, outcome) -> {
            if (outcome.set().isEmpty()) {
                problems.warn(Path.of(path), 0, "the image " + outcome.refused() + ", so pages show it as it is,"
                        + " without smaller copies for phones: save it again as a JPEG or PNG of at most "
                        + ImageResizer.MAX_PIXELS / 1_000_000 + " megapixels");
            }
        });
        Fingerprint imagesFingerprint = Fingerprint.start();
        byPath.forEach((path, outcome) -> imagesFingerprint.add(path).add(outcome.key()));
        String images = imagesFingerprint.finish();

        List<OutputPage> result = new ArrayList<>(pages.size());
        for (OutputPage page : pages) {
            List<ImageTags.Tag> found = shown.get(page);
            result.add(found == null ? page : new OutputPage(page.url(), page.source(), rewritten.get(
                    new Rewrite(page.content(), images), () -> rewrite(page.html(), found, tags, byPath)
                            .getBytes(StandardCharsets.UTF_8)), false));
        }
        for (Map.Entry<String, Outcome> entry : byPath.entrySet()) {
            for (ImageSet.Copy copy : entry.getValue().set().map(ImageSet::copies).orElse(List.of())) {
                result.add(OutputPage.binary("/" + copy.path(), Path.of(entry.getKey()), copy.bytes()));
            }
        }
        cacheFolder.ifPresent(folder -> removeUnused(folder, byPath.values().stream().map(Outcome::key)
                .collect(Collectors.toSet())));
        return new Result(result.stream().sorted(Comparator.comparing(OutputPage::url)).toList(), byPath.size());
    }

    /** What an image gives; an image whose size and time did not change since the last build gives the same. */
    private Outcome outcome(ImageResizer resizer, Path file, String path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Outcome("", Optional.empty(), "cannot be read (" + e.getMessage() + ")");
        }
        return outcomes.get(path + "\n" + attributes.size() + "\n" + attributes.lastModifiedTime().toMillis(), () -> {
            imagesRead.incrementAndGet();
            try {
                byte[] bytes = Files.readAllBytes(file);
                String key = resizer.keyOf(bytes);
                try {
                    return new Outcome(key, Optional.of(resizer.copiesOf(key, bytes, path)), "");
                } catch (ImageResizer.Refused refused) {
                    return new Outcome(key, Optional.empty(), refused.getMessage());
                }
            } catch (IOException e) {
                return new Outcome("", Optional.empty(), "cannot be read (" + e.getMessage() + ")");
            }
        });
    }

    private static String rewrite(String html, List<ImageTags.Tag> found, ImageTags tags, Map<String, Outcome> byPath) {
        StringBuilder page = new StringBuilder(html.length() + found.size() * 400);
        int done = 0;
        for (ImageTags.Tag tag : found) {
            page.append(html, done, tag.start()).append(tags.rewrite(tag, byPath.get(tag.path()).set()));
            done = tag.end();
        }
        return page.append(html, done, html.length()).toString();
    }

    /** The page's file relative to the output folder, as links in it are resolved from: /talks/ as talks/index.html. */
    private static String fileOf(String url) {
        String path = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8).replaceFirst("^/+", "");
        return path.isEmpty() || path.endsWith("/") ? path + "index.html"
                : path.substring(path.lastIndexOf('/') + 1).contains(".") ? path : path + "/index.html";
    }

    /** Deletes the copies of images no page shows any more, so that the cache does not grow without end. */
    private static void removeUnused(Path folder, Set<String> keys) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> unused = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(file -> {
                if (!ImageResizer.belongsTo(file, keys)) {
                    unused.add(file);
                }
            });
            for (Path file : unused) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

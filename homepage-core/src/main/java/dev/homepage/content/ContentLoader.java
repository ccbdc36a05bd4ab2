package dev.homepage.content;

import dev.homepage.Problems;
import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.cache.ContentFingerprints;
import dev.homepage.cache.SourceChanges;
import dev.homepage.config.SafeYaml;
import dev.homepage.config.SiteConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads the source folder: pages, collection items, data files and the files copied as they are. */
public final class ContentLoader {

    static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mkd", "mkdn");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");
    /** Files other than pages that Jekyll runs through Liquid when they start with front matter, keeping their name. */
    static final Set<String> TEXT_EXTENSIONS = Set.of("xml", "json", "txt", "css", "js");
    private static final Set<String> DATA_EXTENSIONS = Set.of("yml", "yaml", "json");

    /**
     * A file whose modification time is this close to when it was read may have been written again within the
     * file system's clock tick, so its time proves nothing: it is read again and compared by content.
     */
    private static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    /** Each content file as the last build read it, so that a rebuild reads only the files that changed. */
    private final Memo<FileKey, LoadedFile> files = new Memo<>();
    private final AtomicInteger parsed = new AtomicInteger();
    /** The front matter's YAML loaders, each thread's used again for every file it reads, build after build. */
    private final SafeYaml.Reused yamlLoaders = new SafeYaml.Reused();
    private final DocumentLists documentLists = new DocumentLists();
    private Scan lastScan;
    private Map<Path, CopiedFile> copiedFiles = Map.of();
    private ContentFingerprints lastFingerprints = ContentFingerprints.NONE;

    /**
     * A content file as a build read it.
     *
     * @param fingerprint what the document was made from: the config, the file's path and its bytes
     * @param problems what reading it found (warnings only: a file with errors is read again every build)
     */
    private record LoadedFile(long size, FileTime modified, Instant readAt, String fingerprint,
            Optional<Document> document, Problems problems) {

        boolean unchanged(BasicFileAttributes attributes) {
            return attributes.size() == size && attributes.lastModifiedTime().equals(modified)
                    && modified.toInstant().isBefore(readAt.minus(RACY_WINDOW));
        }

        LoadedFile seenAgain(BasicFileAttributes attributes) {
            return new LoadedFile(attributes.size(), attributes.lastModifiedTime(), Instant.now(), fingerprint,
                    document, problems);
        }
    }

    /** How many files this loader parsed, rather than took as an earlier build read them, over all its builds. */
    public int parsed() {
        return parsed.get();
    }

    /**
     * Reads the content. A loader remembers what it read: a file whose size and modification time are those of
     * the last build, or whose bytes are, is not parsed again.
     *
     * @param outputDirectory the folder the site is written to; when it lies inside the source folder (as
     *     Jekyll's {@code _site} does), it is not read as content
     */
    public SiteContent load(Path sourceDirectory, Path outputDirectory, SiteConfig config, Problems problems)
            throws IOException {
        return load(sourceDirectory, outputDirectory, config, SourceChanges.UNKNOWN, problems);
    }

    /**
     * Reads the content, knowing what changed since the last load: the files it does not name are taken as the
     * last load read them, without a look at the disk; and when it names only files the last load knew, the
     * folder is not walked again.
     */
    public SiteContent load(Path sourceDirectory, Path outputDirectory, SiteConfig config, SourceChanges changes,
            Problems problems) throws IOException {
        files.nextBuild();
        String configFingerprint = fingerprint(config);
        if (lastScan == null || !lastScan.canBeReusedAfter(changes, configFingerprint, sourceDirectory)) {
            Problems found = new Problems();
            lastScan = new Scan(configFingerprint, SourceTree.scan(sourceDirectory, outputDirectory, config, found),
                    found);
        }
        problems.addAll(lastScan.problems());
        SourceTree tree = lastScan.tree();
        DocumentReader reader = new DocumentReader(config, yamlLoaders);
        List<LoadedFile> loaded = tree.contentFiles().parallelStream()
                .map(file -> load(sourceDirectory, file, reader, configFingerprint,
                        changes.mayHaveChanged(file), problems))
                .flatMap(Optional::stream)
                .toList();
        loaded.forEach(file -> problems.addAll(file.problems()));
        DocumentLists.Lists lists = documentLists.of(
                loaded.stream().map(LoadedFile::document).flatMap(Optional::stream).toList(), config,
                configFingerprint, problems);
        Map<Path, String> fingerprints = new HashMap<>();
        loaded.forEach(file -> file.document().ifPresent(
                document -> fingerprints.put(document.source(), file.fingerprint())));
        Map<String, Object> data = DataFiles.load(sourceDirectory, tree.dataFiles(), problems);
        String dataFingerprint = Fingerprint.ofValue(data);
        lastFingerprints = new ContentFingerprints(configFingerprint, Map.copyOf(fingerprints), dataFingerprint,
                fingerprint(sourceDirectory, configFingerprint, loaded, dataFingerprint, tree, changes));
        return new SiteContent(lists.pages(), lists.collections(), data, tree.staticFiles());
    }

    /**
     * What the config is: a change to any setting changes it, and with it every document's and page's. The time is
     * left out: it changes with every build that takes the clock's, and what it decides (which documents are
     * published) is worked out again in every build.
     */
    private static String fingerprint(SiteConfig config) {
        return Fingerprint.of(Fingerprint.ofValue(config.raw()), config.title(), config.description(), config.url(),
                config.baseurl(), config.lang(), String.valueOf(config.timeZone()),
                String.valueOf(config.collections()), String.valueOf(config.exclude()),
                String.valueOf(config.include()), String.valueOf(config.defaults()), String.valueOf(config.future()));
    }

    /** What the content the last load returned was made from. */
    public ContentFingerprints fingerprints() {
        return lastFingerprints;
    }

    /**
     * The source folder as a walk found it.
     *
     * @param problems what the walk warned of
     */
    private record Scan(String config, SourceTree tree, Problems problems) {

        /** Whether the changes leave the folder's list of files as it was: they only touch files it had. */
        boolean canBeReusedAfter(SourceChanges changes, String configFingerprint, Path sourceDirectory) {
            return changes.known() && config.equals(configFingerprint) && changes.files().stream().allMatch(
                    file -> tree.holds(file) && Files.isRegularFile(sourceDirectory.resolve(file)));
        }
    }

    /**
     * A content file under a config, which decides how it is read: a record rather than one text, so that the
     * lookup of each of a large site's files on every rebuild hashes no new text.
     */
    private record FileKey(String config, Path file) {
    }

    /** A copied file's size and time, as the content's fingerprint takes it. */
    private record CopiedFile(long size, long modified) {
    }

    /** The file as the last build read it if it has not changed since; else read now. Empty if unreadable. */
    private Optional<LoadedFile> load(Path sourceDirectory, Path file, DocumentReader reader,
            String configFingerprint, boolean mayHaveChanged, Problems problems) {
        FileKey key = new FileKey(configFingerprint, file);
        LoadedFile before = files.find(key);
        if (before != null && !mayHaveChanged) {
            files.put(key, before);
            return Optional.of(before);
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(sourceDirectory.resolve(file),
                    BasicFileAttributes.class);
            if (before != null && before.unchanged(attributes)) {
                files.put(key, before);
                return Optional.of(before);
            }
            byte[] bytes = Files.readAllBytes(sourceDirectory.resolve(file));
            String fingerprint = Fingerprint.start().add(configFingerprint).add(file.toString()).add(bytes).finish();
            LoadedFile now;
            if (before != null && before.fingerprint().equals(fingerprint)) {
                now = before.seenAgain(attributes);
            } else {
                Problems found = new Problems();
                parsed.incrementAndGet();
                Optional<Document> document = decodeUtf8(file, bytes, found)
                        .flatMap(text -> reader.read(file, text, found));
                now = new LoadedFile(attributes.size(), attributes.lastModifiedTime(), Instant.now(), fingerprint,
                        document, found);
                if (found.hasErrors()) {
                    problems.addAll(found);
                    return Optional.empty();
                }
            }
            files.put(key, now);
            return Optional.of(now);
        } catch (IOException e) {
            problems.error(file, 0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * What the whole content was made from: every document, the data, and the copied files by path, size and
     * time (a copy is checked the same way), so that a page listing other pages can tell whether any changed.
     */
    private String fingerprint(Path sourceDirectory, String configFingerprint, List<LoadedFile> documents,
            String data, SourceTree tree, SourceChanges changes) throws IOException {
        Fingerprint fingerprint = Fingerprint.start().add(configFingerprint).add(data);
        documents.stream().map(LoadedFile::fingerprint).sorted().forEach(fingerprint::add);
        Map<Path, CopiedFile> copies = new HashMap<>();
        for (Path file : tree.staticFiles()) {
            CopiedFile copy = copiedFiles.get(file);
            if (copy == null || changes.mayHaveChanged(file)) {
                BasicFileAttributes attributes = Files.readAttributes(sourceDirectory.resolve(file),
                        BasicFileAttributes.class);
                copy = new CopiedFile(attributes.size(), attributes.lastModifiedTime().toMillis());
            }
            copies.put(file, copy);
            fingerprint.add(file.toString()).add(copy.size()).add(copy.modified());
        }
        copiedFiles = copies;
        return fingerprint.finish();
    }

    static boolean isContentFile(String fileName) {
        String extension = extension(fileName);
        return MARKDOWN_EXTENSIONS.contains(extension) || HTML_EXTENSIONS.contains(extension);
    }

    /** Whether the file, outside the folders of pages and collections, is rendered when it has front matter. */
    static boolean isRenderedFile(String fileName) {
        return isContentFile(fileName) || TEXT_EXTENSIONS.contains(extension(fileName));
    }

    static boolean isDataFile(String fileName) {
        return DATA_EXTENSIONS.contains(extension(fileName));
    }

    static Optional<String> decodeUtf8(Path file, byte[] bytes, Problems problems) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // The decoder stops at the first bad byte: its line tells where the file was saved in another encoding.
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.error(file, line, "the file is not valid UTF-8 (byte 0x"
                    + Integer.toHexString(bytes[in.position()] & 0xFF).toUpperCase(java.util.Locale.ROOT)
                    + " cannot start or continue a character): save it with the UTF-8 encoding");
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package dev.homepage.content;

import dev.homepage.Problems;
import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.check.MojibakeCheck;
import dev.homepage.config.CollectionConfig;
import dev.homepage.config.Dates;
import dev.homepage.config.FrontMatterDefault;
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
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** Reads the source folder: pages, collection items, data files and the files copied as they are. */
public final class ContentLoader {

    /** The collections whose items are listed by date; an item of theirs without one is likely an oversight. */
    private static final Set<String> DATED_COLLECTIONS = Set.of("publications", "talks", "posts", "news", "teaching");

    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)");
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mkd", "mkdn");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");
    /** Files other than pages that Jekyll runs through Liquid when they start with front matter, keeping their name. */
    private static final Set<String> TEXT_EXTENSIONS = Set.of("xml", "json", "txt", "css", "js");
    private static final Set<String> DATA_EXTENSIONS = Set.of("yml", "yaml", "json");
    static final String PAGES_FOLDER = "_pages";
    static final String DATA_FOLDER = "_data";

    /**
     * A file whose modification time is this close to when it was read may have been written again within the
     * file system's clock tick, so its time proves nothing: it is read again and compared by content.
     */
    private static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    /** Each content file as the last build read it, so that a rebuild reads only the files that changed. */
    private final Memo<String, LoadedFile> files = new Memo<>();
    private final AtomicInteger parsed = new AtomicInteger();
    private Scan lastScan;
    private Map<Path, CopiedFile> copiedFiles = Map.of();

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
        String configFingerprint = config.fingerprint();
        if (lastScan == null || !lastScan.canBeReusedAfter(changes, configFingerprint, sourceDirectory)) {
            Problems found = new Problems();
            lastScan = new Scan(configFingerprint, SourceTree.scan(sourceDirectory, outputDirectory, config, found),
                    found);
        }
        problems.addAll(lastScan.problems());
        SourceTree tree = lastScan.tree();
        List<LoadedFile> loaded = tree.contentFiles().parallelStream()
                .map(file -> load(sourceDirectory, file, config, configFingerprint,
                        changes.mayHaveChanged(file), problems))
                .flatMap(Optional::stream)
                .toList();
        loaded.forEach(file -> problems.addAll(file.problems()));
        List<Document> documents = onePagePerFile(published(
                loaded.stream().map(LoadedFile::document).flatMap(Optional::stream).toList(), config, problems),
                problems);

        List<Document> pages = documents.stream().filter(Document::isPage)
                .sorted(Comparator.comparing(document -> document.source().toString())).toList();
        Map<String, List<Document>> collections = new TreeMap<>();
        for (String name : config.collections().keySet()) {
            collections.put(name, DocumentOrder.oldestFirst(documents.stream()
                    .filter(document -> document.collection().equals(name)).toList()));
        }
        Map<Path, String> fingerprints = new HashMap<>();
        loaded.forEach(file -> file.document().ifPresent(
                document -> fingerprints.put(document.source(), file.fingerprint())));
        Map<String, Object> data = loadData(sourceDirectory, tree.dataFiles(), problems);
        return new SiteContent(pages, Collections.unmodifiableMap(collections), data, tree.staticFiles(),
                Map.copyOf(fingerprints), fingerprint(sourceDirectory, configFingerprint, loaded, data, tree, changes));
    }

    /**
     * The documents to publish: as Jekyll, a collection item dated after the site's time is left out unless the
     * config sets {@code future: true}; worked out at every build, as that time moves on.
     */
    private static List<Document> published(List<Document> documents, SiteConfig config, Problems problems) {
        if (config.future()) {
            return documents;
        }
        return documents.stream().filter(document -> {
            boolean future = !document.isPage() && document.date() != null && document.date().isAfter(config.time());
            if (future) {
                problems.warn(document.source(), 0, "is not published: its date, " + document.date().toLocalDate()
                        + ", is after the build's (" + config.time().toLocalDate() + "); as in Jekyll, a dated item"
                        + " waits for its day unless _config.yml sets future: true");
            }
            return !future;
        }).toList();
    }

    /**
     * The documents with one page for each output file: of two that write the same file, Jekyll writes both and
     * the last stays, so the one later in path order gets the page and the other is said to get none; both stay
     * in their collection's list, as in Jekyll.
     */
    private static List<Document> onePagePerFile(List<Document> documents, Problems problems) {
        Map<String, Document> byFile = new HashMap<>();
        Map<Path, Document> unwritten = new HashMap<>();
        documents.stream().filter(Document::output).sorted(Comparator.comparing(d -> d.source().toString()))
                .forEach(document -> {
                    Document earlier = byFile.put(Permalinks.fileOf(document.url()), document);
                    if (earlier != null) {
                        unwritten.put(earlier.source(), earlier.withoutOutput());
                        problems.warn(earlier.source(), 0, "gets no page: " + document.source() + " writes "
                                + Permalinks.fileOf(document.url()) + " too, and as in Jekyll the later one stays;"
                                + " give one of them another permalink");
                    }
                });
        return unwritten.isEmpty() ? documents
                : documents.stream().map(document -> unwritten.getOrDefault(document.source(), document)).toList();
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

    /** A copied file's size and time, as the content's fingerprint takes it. */
    private record CopiedFile(long size, long modified) {
    }

    /** The file as the last build read it if it has not changed since; else read now. Empty if unreadable. */
    private Optional<LoadedFile> load(Path sourceDirectory, Path file, SiteConfig config, String configFingerprint,
            boolean mayHaveChanged, Problems problems) {
        String key = configFingerprint + " " + file;
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
                        .flatMap(text -> read(file, text, config, found));
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
            Map<String, Object> data, SourceTree tree, SourceChanges changes) throws IOException {
        Fingerprint fingerprint = Fingerprint.start().add(configFingerprint).add(String.valueOf(data));
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

    private Optional<Document> read(Path file, String text, SiteConfig config, Problems problems) {
        warnOfMojibake(file, text, problems);
        warnOfControlCharacters(file, text, problems);
        FrontMatter frontMatter;
        try {
            frontMatter = FrontMatter.parse(text);
        } catch (SafeYaml.YamlException e) {
            problems.error(file, e.line(), e.column(), "the front matter is not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        frontMatter.duplicateKeys().forEach(duplicate -> problems.warn(file, duplicate.line(), duplicateKey(duplicate)));
        KeySpelling.checkFrontMatter(file, text, frontMatter.data(), config, problems);
        Map<String, Object> own = FrontMatterTypes.checked(file, text, frontMatter.data(), config.timeZone(), problems);
        String collection = collectionOf(file, config);
        if (!collection.isEmpty() && !FrontMatter.startsWithFence(text)) {
            problems.warn(file, 1, "has no front matter, so it has no title, date or other fields of its "
                    + collection + " item: start the file with a line '---', the fields ('title: ...'), and another"
                    + " line '---'");
        }
        Map<String, Object> data = withDefaults(file, collection, own, config);
        if (Boolean.FALSE.equals(data.get("published"))) {
            // As in Jekyll: an unpublished document is in no page, list or loop.
            problems.warn(file, SafeYaml.lineOfKey(text, "published"), "is not published (published: false), so it has no"
                    + " page and is in no list: remove the line to publish it");
            return Optional.empty();
        }
        String fileName = file.getFileName().toString();
        String extension = extension(fileName);
        String baseName = fileName.substring(0, fileName.length() - extension.length() - (extension.isEmpty() ? 0 : 1));
        Matcher dated = DATED_NAME.matcher(baseName);
        String slug = dated.matches() ? dated.group(2) : baseName;

        ZonedDateTime date = null;
        Object declaredDate = data.get("date");
        if (declaredDate != null) {
            date = Dates.parse(String.valueOf(declaredDate), config.timeZone()).orElse(null);
            if (date == null) {
                String written = String.valueOf(declaredDate);
                problems.error(file, SafeYaml.lineOfKey(text, "date"), Dates.whyNoSuchDate(written)
                        .map(reason -> "the date '" + written + "' does not exist: " + reason)
                        .orElse("cannot read the date '" + written + "': write it as YYYY-MM-DD, YYYY-MM-DD HH:MM:SS"
                                + " or YYYY-MM-DD HH:MM:SS +HHMM"));
                return Optional.empty();
            }
        } else if (dated.matches()) {
            date = Dates.parse(dated.group(1), config.timeZone()).orElse(null);
        }
        if (date == null && DATED_COLLECTIONS.contains(collection)) {
            problems.warn(file, 0, "has no date, so it is listed after the dated items with no year: add"
                    + " 'date: YYYY-MM-DD' to its front matter, or start its file name with the date"
                    + " (2024-03-05-" + fileName + ")");
        }

        String url = urlOf(file, collection, baseName, slug, date, data, config);
        Optional<String> unwritable = Permalinks.unwritable(url);
        if (unwritable.isPresent()) {
            problems.error(file, SafeYaml.lineOfKey(text, "permalink"), "the permalink '" + Permalinks.printable(url) + "' "
                    + unwritable.get());
            return Optional.empty();
        }
        boolean output = !Boolean.FALSE.equals(data.get("output"))
                && (collection.isEmpty() || config.collections().get(collection).output());
        Document document = new Document(file, collection, Collections.unmodifiableMap(data), frontMatter.body(),
                frontMatter.bodyLine(), date, slug, url, MARKDOWN_EXTENSIONS.contains(extension), output);
        for (String redirect : document.redirectsFrom()) {
            Optional<String> refused = Permalinks.unwritable(redirect);
            if (refused.isPresent()) {
                problems.error(file, SafeYaml.lineOfKey(text, "redirect_from"), "the redirect_from address '"
                        + Permalinks.printable(redirect) + "' " + refused.get());
                return Optional.empty();
            }
        }
        return Optional.of(document);
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

    private static String collectionOf(Path file, SiteConfig config) {
        String first = file.getName(0).toString();
        if (first.startsWith("_")) {
            String name = first.substring(1);
            if (config.collections().containsKey(name)) {
                return name;
            }
        }
        return "";
    }

    private static Map<String, Object> withDefaults(Path file, String collection, Map<String, Object> frontMatter,
            SiteConfig config) {
        String relative = file.toString().replace('\\', '/');
        String type = collection.isEmpty() ? "pages" : collection;
        Map<String, Object> merged = new LinkedHashMap<>();
        for (FrontMatterDefault defaults : config.defaults()) {
            if (defaults.covers(relative, type)) {
                merged.putAll(defaults.values());
            }
        }
        merged.putAll(frontMatter);
        return merged;
    }

    private static String urlOf(Path file, String collection, String baseName, String slug, ZonedDateTime date,
            Map<String, Object> data, SiteConfig config) {
        Object permalink = data.get("permalink");
        List<String> categories = categories(data);
        if (permalink != null && !String.valueOf(permalink).isBlank()) {
            return Permalinks.expand(String.valueOf(permalink), collection, pathInside(file, baseName), slug, date,
                    categories);
        }
        if (!collection.isEmpty()) {
            CollectionConfig settings = config.collections().get(collection);
            return Permalinks.expand(settings.permalink(), collection, pathInside(file, baseName), slug, date,
                    categories);
        }
        boolean homepagePages = file.getName(0).toString().equals(PAGES_FOLDER) && !pagesIsJekyllFolder(config);
        String folder = file.getParent() == null ? "" : file.getParent().toString().replace('\\', '/');
        if (TEXT_EXTENSIONS.contains(extension(file.getFileName().toString()))) {
            // A feed.xml or search.json keeps its name, as in Jekyll.
            return Permalinks.normalize(folder + "/" + file.getFileName());
        }
        if (homepagePages) {
            folder = folder.equals(PAGES_FOLDER) ? "" : folder.substring(PAGES_FOLDER.length() + 1);
        }
        if (baseName.equals("index")) {
            return Permalinks.normalize(folder + "/");
        }
        return Permalinks.normalize(folder + "/" + baseName + (homepagePages ? "/" : pageSuffix(config)));
    }

    /**
     * Whether {@code _pages} is a folder as Jekyll reads it, because the config includes it: its pages without a
     * permalink are then at {@code /_pages/name...}, as Jekyll puts them, rather than at homepage's {@code /name/}.
     */
    static boolean pagesIsJekyllFolder(SiteConfig config) {
        return config.include().stream().anyMatch(entry -> entry.replaceAll("^/|/$", "").equals(PAGES_FOLDER));
    }

    /**
     * How Jekyll ends the URL of a page without a permalink, from the config's permalink style: "/" for
     * {@code pretty} or a pattern ending in "/", ".html" for {@code date} (the default), {@code ordinal},
     * {@code none} or a pattern ending in {@code :output_ext}, nothing for any other pattern.
     */
    private static String pageSuffix(SiteConfig config) {
        String style = config.raw().get("permalink") == null ? "date" : String.valueOf(config.raw().get("permalink"));
        return switch (style) {
            case "pretty" -> "/";
            case "date", "ordinal", "none", "weekdate" -> ".html";
            default -> style.endsWith("/") ? "/" : style.endsWith(":output_ext") ? ".html" : "";
        };
    }

    /** The file's path inside its collection folder, without extension, as Jekyll's {@code :path}. */
    private static String pathInside(Path file, String baseName) {
        Path parent = file.getParent();
        if (parent == null || parent.getNameCount() <= 1) {
            return baseName;
        }
        return parent.subpath(1, parent.getNameCount()).toString().replace('\\', '/') + "/" + baseName;
    }

    private static List<String> categories(Map<String, Object> data) {
        Object categories = data.containsKey("categories") ? data.get("categories") : data.get("category");
        if (categories instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        }
        if (categories == null) {
            return List.of();
        }
        return List.of(String.valueOf(categories).strip().split("\\s+"));
    }

    /** What Jekyll accepts is no error: a key given twice (often after lines were commented out) keeps its last value. */
    private static String duplicateKey(SafeYaml.DuplicateKey duplicate) {
        return "the key '" + duplicate.key() + "' is given again here, and as in Jekyll this last value is the one"
                + " kept: remove the line that should not be there";
    }

    private Map<String, Object> loadData(Path sourceDirectory, List<Path> dataFiles, Problems problems) {
        Map<String, Object> data = new TreeMap<>();
        for (Path file : dataFiles) {
            Optional<String> text = readUtf8(sourceDirectory, file, problems);
            if (text.isEmpty()) {
                continue;
            }
            Object value;
            try {
                value = SafeYaml.load(text.get(),
                        duplicate -> problems.warn(file, duplicate.line(), duplicateKey(duplicate)));
            } catch (SafeYaml.YamlException e) {
                problems.error(file, e.line(), "the data file is not valid YAML: " + e.getMessage());
                continue;
            }
            Map<String, Object> folder = data;
            Path inside = file.subpath(1, file.getNameCount());
            for (int i = 0; i < inside.getNameCount() - 1; i++) {
                folder = subfolder(folder, inside.getName(i).toString());
            }
            String fileName = inside.getFileName().toString();
            folder.put(fileName.substring(0, fileName.lastIndexOf('.')), value);
        }
        return data;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subfolder(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.computeIfAbsent(name, key -> new TreeMap<String, Object>());
    }

    private static Optional<String> readUtf8(Path sourceDirectory, Path file, Problems problems) {
        try {
            return decodeUtf8(file, Files.readAllBytes(sourceDirectory.resolve(file)), problems);
        } catch (IOException e) {
            problems.error(file, 0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> decodeUtf8(Path file, byte[] bytes, Problems problems) {
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

    /**
     * A control character (a form feed or backspace pasted from a PDF) is invisible in the page, but XML forbids
     * it: the feed and sitemap leave it out, and the author hears of it at its line.
     */
    private static void warnOfControlCharacters(Path file, String text, Problems problems) {
        int first = XmlText.firstForbidden(text);
        if (first < 0) {
            return;
        }
        int line = 1 + (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
        int character = text.codePointAt(first);
        long more = text.codePoints().filter(XmlText::isForbidden).count() - 1;
        problems.warn(file, line, String.format(Locale.ROOT, "holds the control character U+%04X (%s)%s, which XML"
                + " forbids: the feed and sitemap leave it out, and a page shows nothing for it; delete it (text pasted"
                + " from a PDF often brings it)", character, Character.getName(character).toLowerCase(Locale.ROOT),
                more > 0 ? ", and " + more + " more" : ""));
    }

    /** Garbled text does not stop the build, but the page would show it: each line of it gets a warning. */
    private static void warnOfMojibake(Path file, String text, Problems problems) {
        if (MojibakeCheck.isAscii(text)) {
            return;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            MojibakeCheck.messages(lines.get(i)).forEach(message -> problems.warn(file, line, message));
        }
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

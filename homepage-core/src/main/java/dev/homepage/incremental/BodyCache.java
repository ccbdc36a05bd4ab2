package dev.homepage.incremental;

import dev.homepage.Problem;
import dev.homepage.body.BodyRenderer;
import dev.homepage.body.EarlierBodies;
import dev.homepage.body.LayoutIncludes;
import dev.homepage.cache.ContentFingerprints;
import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The bodies rendered by earlier builds, by what they were rendered from: those of the last build of this run, and
 * those a build of an earlier run saved in the cache folder. A saved body is only its HTML; the document it belongs
 * to is the one the fingerprint was made from, read again by this run.
 *
 * <p>What a body is rendered from: its file alone when it has no Liquid; with Liquid, through the site's own
 * layouts, or paginated (its later pages follow the posts, which its file does not name), everything Liquid may read
 * too (the content, the data, the includes, the layouts and the bibliography). A body that includes files by a
 * relative path, or whose layout includes files ({@link LayoutIncludes}), may read any file of the source: it is
 * rendered every build, and the site is never taken as unchanged; the cache file keeps no included files.
 */
public final class BodyCache implements EarlierBodies {

    private static final String FILE = "bodies.bin";
    private static final String PLAIN = "plain ";
    private static final String INCLUDE_RELATIVE = "include_relative";

    private final Memo<String, RenderedDocument> memo = new Memo<>();
    private Map<String, SavedBody> saved = Map.of();
    private String savedVersion = "";
    private boolean changed;
    private boolean savedWereOffered;
    private ContentFingerprints content = ContentFingerprints.NONE;
    private String sources = "";
    private Predicate<Document> readsTheSite = document -> false;
    /** What each body of this build (and each later page of a paginated one) was rendered from. */
    private final Map<RenderedDocument, String> madeFrom = Collections.synchronizedMap(new IdentityHashMap<>());
    private boolean readsAnyFile;

    /** A body as saved: the three pieces of HTML a rendering gives, its warnings, and a paginated page's others. */
    private record SavedBody(String html, String excerptHtml, String citationHtml, List<Problem> warnings,
            List<SavedPage> laterPages) {
    }

    /** A paginated page's page after the first, at its URL. */
    private record SavedPage(String url, String html, String excerptHtml) {
    }

    /**
     * Starts a build, told what it is made from. The saved bodies are offered to the first build after they are
     * loaded, then dropped.
     *
     * @param content what each document was made from
     * @param sources what everything Liquid may read was made from (the content, the data, the includes, the
     *     layouts and the bibliography): a body with Liquid is rendered again when it changes, a body without only
     *     when its file does
     * @param readsTheSite whether a document whose file has no Liquid still reads the site: it goes through
     *     layouts of the site's own, which are Liquid, or it is paginated, its pages (how many, and what each lists)
     *     made from the posts and the pagination settings. A key made of its file alone would keep a paginated
     *     index's later pages as they were when posts are added or deleted.
     */
    public void nextBuild(ContentFingerprints content, String sources, Predicate<Document> readsTheSite) {
        this.content = content;
        this.sources = sources;
        this.readsTheSite = readsTheSite;
        madeFrom.clear();
        readsAnyFile = false;
        memo.nextBuild();
        if (savedWereOffered) {
            saved = Map.of();
        }
        savedWereOffered = !saved.isEmpty();
    }

    /**
     * What a body is rendered from.
     *
     * @param fingerprint the fingerprint of what it is rendered from; for a body rendered every build, that of
     *     its file, to which what the rendering gave is added
     * @param reusable whether a body rendered from the same fingerprint may be taken instead
     */
    private record Key(String fingerprint, boolean reusable) {
    }

    private Key key(Document document) {
        String own = content.documents().get(document.source());
        if (!BodyRenderer.hasLiquid(document) && !readsTheSite.test(document)) {
            return new Key(PLAIN + own, true);
        }
        return document.body().contains(INCLUDE_RELATIVE) || !LayoutIncludes.namesOf(document).isEmpty()
                ? new Key(own, false) : new Key(Fingerprint.of("liquid", own, sources), true);
    }

    @Override
    public RenderedDocument find(Document document) {
        // Tried first, as most bodies have no Liquid: a body is kept under this key only when it has none. That is
        // so as long as its file is the same, unless it reads the site (its layouts, or the posts it paginates).
        RenderedDocument found = readsTheSite.test(document) ? null
                : find(PLAIN + content.documents().get(document.source()), document);
        if (found == null) {
            Key key = key(document);
            readsAnyFile |= !key.reusable();
            found = key.reusable() ? find(key.fingerprint(), document) : null;
        }
        return found;
    }

    @Override
    public void keep(RenderedDocument body) {
        Key key = key(body.document());
        String fingerprint = key.reusable() ? key.fingerprint() : Fingerprint.of("rendered", key.fingerprint(),
                body.html(), body.excerptHtml(), body.citationHtml(), Fingerprint.ofValue(body.includedHtml()));
        memo.put(fingerprint, body);
        noteMadeFrom(body, fingerprint);
        changed = true;
    }

    /**
     * Whether a body of this build includes files by a relative path: it may read any file of the source, so the
     * site may change when any file does.
     */
    boolean readsAnyFile() {
        return readsAnyFile;
    }

    /** What a body of this build, or a later page of one, was rendered from. */
    String madeFrom(RenderedDocument body) {
        return madeFrom.get(body);
    }

    private void noteMadeFrom(RenderedDocument body, String fingerprint) {
        madeFrom.put(body, fingerprint);
        body.laterPages().forEach(page -> madeFrom.put(page, Fingerprint.of(fingerprint, page.document().url())));
    }

    /** The body rendered from the fingerprint, by this run or a saved one, as the given document's; or null. */
    RenderedDocument find(String fingerprint, Document document) {
        RenderedDocument found = memo.find(fingerprint);
        if (found != null) {
            memo.put(fingerprint, found);
        } else {
            SavedBody body = saved.get(fingerprint);
            if (body != null) {
                found = new RenderedDocument(document, body.html(), body.excerptHtml(), body.citationHtml(),
                        body.warnings(), body.laterPages().stream()
                        .map(page -> new RenderedDocument(document.at(page.url()), page.html(), page.excerptHtml(),
                                body.citationHtml(), body.warnings()))
                        .toList());
                memo.put(fingerprint, found);
            }
        }
        if (found != null) {
            noteMadeFrom(found, fingerprint);
        }
        return found;
    }

    /**
     * Reads the bodies a build saved in the folder, unless they were rendered by another version of homepage
     * (or there are none, or they cannot be read: the cache is only ever a shortcut). The file ends with a
     * checksum of the rest: a file damaged on disk, even where its length did not change, is not taken.
     *
     * @param version what the running homepage is, so that bodies rendered by another are not taken
     * @return false when the file was written by this version but is damaged, and so was not taken
     */
    public boolean load(Path folder, String version) {
        Path file = file(folder);
        if (!Files.isRegularFile(file) || version.equals(savedVersion)) {
            return true;
        }
        Map<String, SavedBody> bodies = new HashMap<>();
        try (CheckedInputStream checked = new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32C());
                DataInputStream in = new DataInputStream(checked)) {
            if (!readText(in).equals(version)) {
                return true;
            }
            for (int count = in.readInt(); count > 0; count--) {
                bodies.put(readText(in), new SavedBody(readText(in), readText(in), readText(in), readWarnings(in),
                        readPages(in)));
            }
            long sum = checked.getChecksum().getValue();
            if (in.readLong() != sum || in.read() != -1) {
                return false;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        saved = bodies;
        savedVersion = version;
        return true;
    }

    /** What a build says of a cache that {@link #load} found damaged. */
    public static final String DAMAGED = "the build cache is damaged, so it is not used: this build renders every"
            + " page again, and writes the cache anew";

    /** The file in which the bodies are kept, in the cache folder. */
    public static Path file(Path folder) {
        return folder.resolve(FILE);
    }

    /** Saves the bodies of the last build into the folder, if any was rendered since they were last saved. */
    public void save(Path folder, String version) throws IOException {
        if (!changed && version.equals(savedVersion)) {
            return;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, FILE, ".partial");
        try {
            Map<String, RenderedDocument> bodies = memo.current();
            CheckedOutputStream checked = new CheckedOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), new CRC32C());
            try (DataOutputStream out = new DataOutputStream(checked)) {
                writeText(out, version);
                out.writeInt(bodies.size());
                for (Map.Entry<String, RenderedDocument> body : bodies.entrySet()) {
                    writeText(out, body.getKey());
                    writeText(out, body.getValue().html());
                    writeText(out, body.getValue().excerptHtml());
                    writeText(out, body.getValue().citationHtml());
                    writeWarnings(out, body.getValue().warnings());
                    writePages(out, body.getValue().laterPages());
                }
                out.writeLong(checked.getChecksum().getValue());
            }
            Files.move(partial, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        changed = false;
        savedVersion = version;
    }

    /** Length-prefixed UTF-8: DataOutput's own strings stop at 64 KB, and a body may be longer. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void writeWarnings(DataOutputStream out, List<Problem> warnings) throws IOException {
        out.writeInt(warnings.size());
        for (Problem warning : warnings) {
            writeText(out, warning.file().toString());
            out.writeInt(warning.line());
            out.writeInt(warning.column());
            writeText(out, warning.message());
        }
    }

    private static List<Problem> readWarnings(DataInputStream in) throws IOException {
        List<Problem> warnings = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            warnings.add(new Problem(Path.of(readText(in)), in.readInt(), in.readInt(), readText(in)));
        }
        return List.copyOf(warnings);
    }

    private static void writePages(DataOutputStream out, List<RenderedDocument> pages) throws IOException {
        out.writeInt(pages.size());
        for (RenderedDocument page : pages) {
            writeText(out, page.document().url());
            writeText(out, page.html());
            writeText(out, page.excerptHtml());
        }
    }

    private static List<SavedPage> readPages(DataInputStream in) throws IOException {
        List<SavedPage> pages = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            pages.add(new SavedPage(readText(in), readText(in), readText(in)));
        }
        return List.copyOf(pages);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] bytes = in.readNBytes(Math.max(0, length));
        if (length < 0 || bytes.length != length) {
            throw new EOFException("the cache file is cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

package dev.homepage.incremental;

import dev.homepage.Problems;
import dev.homepage.SourceFolder;
import dev.homepage.body.EarlierBodies;
import dev.homepage.cache.ContentFingerprints;
import dev.homepage.cache.Fingerprint;
import dev.homepage.cache.Memo;
import dev.homepage.config.SourceNames;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import dev.homepage.publications.PublicationCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a rebuild may skip, as Jekyll's {@code Regenerator} decides it: one per {@code SiteGenerator}, it records
 * what each output of the last build was made from and answers whether it must be made again. The stages it
 * serves know nothing of fingerprints: they ask it for what earlier builds made ({@link #bodies()},
 * {@link #pages()}, {@link #catalog}).
 *
 * <p>A build tells it what the build is made from ({@link #madeFrom}); then either nothing changed since the last
 * build that succeeded ({@link #unchanged}), or the build starts ({@link #nextBuild}) and, when it has written the
 * site, {@link #succeeded}.
 */
public final class Regenerator {

    /** What the running homepage is: a cache saved by another version is not used. */
    public static final String CODE_VERSION = Fingerprint.ofCode(Regenerator.class);

    private final BodyCache bodies = new BodyCache();
    private final PageCache pages = new PageCache(bodies);
    private final Memo<String, Object> catalogs = new Memo<>();
    private ContentFingerprints content = ContentFingerprints.NONE;
    private String config = "";
    private String bibliography = "";
    private String sources = "";
    private String templates = "";
    private String lastTemplates = "";
    private String build = "";
    /** What the last build that succeeded was made from; "" when it must not be taken as unchanged. */
    private String lastBuild = "";

    /**
     * Records what this build is made from: the config, the content, the includes, the site's own layouts, the
     * bibliography and citation counts, the Sass files the style sheets import, the site's templates and the output
     * folder.
     *
     * @param sassFolder the folder the style sheets import from, relative to the source folder
     * @param templateFiles the site's own templates, relative to the source folder
     */
    public void madeFrom(Path source, Path output, ContentFingerprints content, Path sassFolder,
            List<Path> templateFiles) throws IOException {
        // Their readers say what of these files they cannot read: the lists here are only for the fingerprint.
        SourceFolder folder = new SourceFolder(source);
        Problems saidByReaders = new Problems();
        this.content = content;
        this.config = content.config();
        bibliography = Fingerprint.of(
                Fingerprint.ofFiles(source, folder.files(Path.of(SourceNames.BIBLIOGRAPHY_FOLDER), saidByReaders)),
                Fingerprint.ofFiles(source, folder.files(Path.of(PublicationCatalog.ROOT_CITATIONS_FILE),
                        saidByReaders)));
        sources = Fingerprint.of(content.whole(),
                Fingerprint.ofFiles(source, folder.files(Path.of(SourceNames.INCLUDES_FOLDER), saidByReaders)),
                Fingerprint.ofFiles(source, folder.files(Path.of(SourceNames.LAYOUTS_FOLDER), saidByReaders)),
                bibliography);
        lastTemplates = templates;
        templates = Fingerprint.ofFiles(source, templateFiles);
        build = Fingerprint.of(sources, templates, output.toString(),
                Fingerprint.ofFiles(source, folder.files(sassFolder, saidByReaders)));
    }

    /** Whether the site's templates changed since the last build: they must be parsed again. */
    public boolean templatesChanged() {
        return !templates.equals(lastTemplates);
    }

    /** Whether nothing any page is made from changed since the last build that succeeded. */
    public boolean unchanged() {
        return build.equals(lastBuild);
    }

    /**
     * Starts a build that redoes what changed: what the last build made may be reused, the rest is dropped.
     *
     * @param readsTheSite whether a document whose file has no Liquid reads the site all the same: it goes through
     *     layouts of the site's own, or it is paginated
     */
    public void nextBuild(Predicate<Document> readsTheSite) {
        lastBuild = "";
        bodies.nextBuild(content, sources, readsTheSite);
        pages.nextBuild(config, content.data(), sources, templates);
        catalogs.nextBuild();
    }

    /** The bodies earlier builds rendered, for this build's body renderer. */
    public EarlierBodies bodies() {
        return bodies;
    }

    /** The pages and views earlier builds made, for this build's page renderer. */
    public PageCache pages() {
        return pages;
    }

    /**
     * The publications, as the last build made them if the papers' files, the bibliography and root citation
     * counts, the config and the data are the same; else made now.
     *
     * @param papers the rendered papers, which the catalog is made from
     */
    @SuppressWarnings("unchecked")
    public <C> C catalog(List<RenderedDocument> papers, Catalog<C> make) throws IOException {
        Fingerprint fingerprint = Fingerprint.start().add(config).add(content.data()).add(bibliography);
        papers.forEach(paper -> fingerprint.add(bodies.madeFrom(paper)));
        String key = fingerprint.finish();
        C catalog = (C) catalogs.find(key);
        if (catalog == null) {
            catalog = make.make();
        }
        catalogs.put(key, catalog);
        return catalog;
    }

    /** Makes the publications. */
    public interface Catalog<C> {
        C make() throws IOException;
    }

    /**
     * The build wrote the site: the next may be taken as unchanged if made from the same, unless a body may read
     * any file ({@code include_relative}), for then the site may change when any file does.
     */
    public void succeeded() {
        lastBuild = bodies.readsAnyFile() ? "" : build;
    }

    /**
     * Reads the bodies a build of an earlier run saved in the cache folder.
     *
     * @return false when the saved bodies are damaged, and so were not taken
     */
    public boolean load(Path cacheFolder) {
        return bodies.load(cacheFolder, CODE_VERSION);
    }

    /** Saves the bodies of the last build into the cache folder, for the next run. */
    public void save(Path cacheFolder) throws IOException {
        bodies.save(cacheFolder, CODE_VERSION);
    }
}

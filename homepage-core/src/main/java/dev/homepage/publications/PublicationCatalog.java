package dev.homepage.publications;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.SourceFolder;
import dev.homepage.config.SafeYaml;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import dev.homepage.config.YamlValues;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * Makes one list of publications from the Markdown files of {@code _publications/} and the entries of
 * {@code _bibliography/}: a file naming an entry with {@code bibtex_key:}, or with the same title, is one paper,
 * its front matter first and the entry filling the gaps. Newest first.
 */
public final class PublicationCatalog {

    static final String GS_DATA = "gs_data";
    /** AcadHomepage's citation counts, where its crawler writes them: at the root of the site. */
    public static final String ROOT_CITATIONS_FILE = GS_DATA + ".json";
    static final String CITATIONS = "citations";

    private static final Comparator<Publication> NEWEST_FIRST = Comparator
            .comparing(Publication::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Publication::title).thenComparing(Publication::key);

    private final AuthorNames names;
    private final CitationCounts counts;
    private final String siteAddress;

    /**
     * @param ownerNames the site owner's name and aliases, highlighted in author lists
     * @param counts the citation counts of AcadHomepage's gs_data.json and the site's _data/citations.yml
     * @param siteAddress the site's {@code url} and {@code baseurl}, which make the site's own links in a downloaded
     *     BibTeX file absolute; "" when the site has no url
     */
    private PublicationCatalog(Collection<String> ownerNames, CitationCounts counts, String siteAddress) {
        this.names = new AuthorNames(ownerNames);
        this.counts = counts;
        this.siteAddress = siteAddress;
    }

    /**
     * A link as a BibTeX file downloaded from the site needs it: a link into the site ({@code /files/x.pdf}) with
     * the site's address, which the file no longer has around it.
     */
    private String absolute(String link) {
        if (link.isEmpty() || siteAddress.isEmpty() || link.contains("://") || link.startsWith("//")) {
            return link;
        }
        return siteAddress + (link.startsWith("/") ? link : "/" + link);
    }

    /**
     * The catalog of a site: its owner is the config's {@code author.name} and {@code author.aliases}; citation
     * counts come from {@code _data/citations.yml} and {@code gs_data.json} (in {@code _data/} or at the root,
     * where AcadHomepage's crawler writes it).
     */
    public static PublicationCatalog forSite(SiteConfig config, Map<String, Object> data, Path sourceDirectory,
            Problems problems) throws IOException {
        List<String> owner = config.author().names();
        Object gsData = data.get(GS_DATA);
        SourceFolder sources = new SourceFolder(sourceDirectory);
        Optional<Path> rootGsData = gsData == null
                ? sources.file(Path.of(ROOT_CITATIONS_FILE), problems) : Optional.empty();
        if (rootGsData.isPresent()) {
            try {
                gsData = SafeYaml.load(Files.readString(rootGsData.get()));
            } catch (SourceError | CharacterCodingException e) {
                int line = e instanceof SourceError yaml ? yaml.line() : 0;
                problems.error(Path.of(ROOT_CITATIONS_FILE), line, "the citation data is not valid JSON: "
                        + e.getMessage() + ": fix it, or delete it and let AcadHomepage's crawler write it again");
            }
        }
        Map<String, Path> files = new HashMap<>();
        rootGsData.ifPresent(file -> files.put(GS_DATA, Path.of(ROOT_CITATIONS_FILE)));
        CitationCounts counts = CitationCounts.of(gsData, data.get(CITATIONS), rejected -> {
            Path file = files.computeIfAbsent(rejected.data(), name -> dataFile(sources, name));
            problems.warn(file, lineOf(sources, file, rejected.key()), "the citation count of '" + rejected.key()
                    + "' is " + YamlValues.describe(rejected.value()) + ", which is no count (a whole number of 0 or"
                    + " more): it is left out; write the number of citations, such as 57");
        });
        return new PublicationCatalog(owner, counts, config.url().isEmpty() ? "" : config.url() + config.baseurl());
    }

    /** The file of {@code _data/} a name was loaded from, relative to the source folder. */
    private static Path dataFile(SourceFolder sources, String name) {
        for (String extension : List.of("yml", "yaml", "json")) {
            Path file = Path.of(SourceNames.DATA_FOLDER, name + "." + extension);
            if (Files.isRegularFile(sources.root().resolve(file))) {
                return file;
            }
        }
        return Path.of(SourceNames.DATA_FOLDER, name + ".yml");
    }

    /** The line of a key in a data file; 0 when it cannot be told. */
    private static int lineOf(SourceFolder sources, Path file, String key) {
        try {
            Optional<Path> found = sources.file(file);
            return found.isEmpty() ? 0 : SafeYaml.lineOfKey(Files.readString(found.get()), key);
        } catch (IOException e) {
            return 0;
        }
    }

    public record Catalog(List<Publication> publications, OptionalInt totalCitations) {
    }

    public Catalog build(List<RenderedDocument> markdown, List<BibEntry> entries) {
        Map<String, BibEntry> byKey = new HashMap<>();
        Map<String, BibEntry> byTitle = new HashMap<>();
        for (BibEntry entry : entries) {
            byKey.putIfAbsent(entry.key(), entry);
            byTitle.putIfAbsent(comparableTitle(entry.field("title")), entry);
        }
        List<Publication> publications = new ArrayList<>();
        // By identity: a list's contains() would compare every entry's fields with every other's.
        Set<BibEntry> merged = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RenderedDocument rendered : markdown) {
            Document document = rendered.document();
            String named = document.text("bibtex_key").strip();
            Optional<BibEntry> entry = Optional.ofNullable(named.isEmpty()
                    ? byTitle.get(comparableTitle(document.title())) : byKey.get(named));
            entry.ifPresent(merged::add);
            publications.add(fromMarkdown(rendered, entry));
        }
        // A key in several files (a jekyll-scholar site listing a paper on two pages) is one paper: the first entry.
        Set<String> keys = new HashSet<>();
        merged.forEach(entry -> keys.add(entry.key()));
        for (BibEntry entry : entries) {
            if (!merged.contains(entry) && keys.add(entry.key())) {
                publications.add(fromEntry(entry));
            }
        }
        publications.sort(NEWEST_FIRST);
        return new Catalog(List.copyOf(publications), counts.total(publications));
    }

    private Publication fromMarkdown(RenderedDocument rendered, Optional<BibEntry> entry) {
        Document document = rendered.document();
        Function<String, String> bib = field -> entry.map(e -> e.field(field)).orElse("");
        String key = entry.map(BibEntry::key).orElseGet(() -> baseName(document.source()));
        String venue = firstOf(document.text("venue"), bib.apply("journal"), bib.apply("booktitle"),
                bib.apply("publisher"));
        String category = firstOf(document.text("category"), entry.map(e -> categoryOf(e.type())).orElse(""));
        List<Author> authors = document.frontMatter().get("authors") instanceof List<?> list
                ? names.parse(list.stream().map(String::valueOf).toList()) : names.parseBibTeX(bib.apply("author"));
        LocalDate date = document.date() != null ? document.date().toLocalDate() : entry.map(this::dateOf).orElse(null);
        String bibtexUrl = "/" + SourceNames.PUBLICATIONS + "/" + key + ".bib";
        String bibtex = entry.map(BibTeXExport::of).orElseGet(() -> BibTeXExport.of(key, document.title(), authors,
                venue, Publication.isConference(category), date == null ? "" : String.valueOf(date.getYear()),
                absolute(document.text("paperurl"))));
        String abstractHtml = rendered.html().isBlank() ? escapedParagraph(bib.apply("abstract")) : rendered.html();
        return new Publication(key, document.title(), authors, venue,
                firstOf(document.text("abbr"), bib.apply("abbr")), category, date, abstractHtml,
                rendered.citationHtml(), links(field -> firstOf(document.text(field), bib.apply(field))),
                previewOf(firstOf(document.text("preview"), bib.apply("preview"))),
                firstOf(document.text("award"), bib.apply("award")),
                topicsOf(document.frontMatter(), bib.apply("keywords")),
                isTrue(document.frontMatter().get("selected")) || isTrue(bib.apply("selected")),
                counts.of(key, firstOf(document.text("google_scholar_id"), bib.apply("google_scholar_id"))),
                document.output() ? document.url() : "",
                firstOf(document.text("bibtexurl"), bibtexUrl), bibtex, document.source(), document.output());
    }

    private Publication fromEntry(BibEntry entry) {
        String category = firstOf(entry.field("category"), categoryOf(entry.type()));
        return new Publication(entry.key(), entry.field("title"), names.parseBibTeX(entry.field("author")),
                firstOf(entry.field("journal"), entry.field("booktitle"), entry.field("publisher"),
                        entry.field("school"), entry.field("institution")),
                entry.field("abbr"), category, dateOf(entry), escapedParagraph(entry.field("abstract")), "",
                links(entry::field), previewOf(entry.field("preview")), entry.field("award"),
                topicsOf(Map.of(), entry.field("keywords")), isTrue(entry.field("selected")), counts.of(entry.key(), entry.field("google_scholar_id")),
                "/" + SourceNames.PUBLICATIONS + "/" + entry.key() + "/", "/" + SourceNames.PUBLICATIONS + "/" + entry.key() + ".bib",
                BibTeXExport.of(entry), entry.source(), false);
    }

    /** The links in a fixed order, each from the first of its field names that has a value. */
    private static List<PaperLink> links(Function<String, String> field) {
        List<PaperLink> links = new ArrayList<>();
        add(links, "pdf", "PDF", pdfOf(firstOf(field.apply("pdf"), field.apply("paperurl"))));
        add(links, "code", "Code", field.apply("code"));
        add(links, "slides", "Slides", pdfOf(firstOf(field.apply("slides"), field.apply("slidesurl"))));
        add(links, "poster", "Poster", pdfOf(field.apply("poster")));
        add(links, "video", "Video", field.apply("video"));
        add(links, "project", "Project page", firstOf(field.apply("html"), field.apply("website"), field.apply("link")));
        String doi = field.apply("doi");
        add(links, "doi", "DOI", doi.isEmpty() || doi.contains("://") ? doi : "https://doi.org/" + doi);
        String arxiv = firstOf(field.apply("arxiv"), field.apply("eprint"));
        add(links, "arxiv", "arXiv", arxiv.isEmpty() || arxiv.contains("://") ? arxiv : "https://arxiv.org/abs/" + arxiv);
        return List.copyOf(links);
    }

    private static void add(List<PaperLink> links, String kind, String label, String url) {
        if (!url.isBlank()) {
            links.add(new PaperLink(kind, label, url.strip()));
        }
    }

    /** al-folio names a PDF of assets/pdf/ by its file name alone. */
    private static String pdfOf(String value) {
        return value.isEmpty() || value.contains("/") || value.contains(":") ? value : "/assets/pdf/" + value;
    }

    /** al-folio names a thumbnail of assets/img/publication_preview/ by its file name alone. */
    private static String previewOf(String value) {
        return value.isEmpty() || value.contains("/") || value.contains(":") ? value
                : "/assets/img/publication_preview/" + value;
    }

    private LocalDate dateOf(BibEntry entry) {
        try {
            int year = Integer.parseInt(entry.field("year").strip());
            return LocalDate.of(year, monthOf(entry.field("month")), 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Month monthOf(String month) {
        String value = month.strip().toLowerCase(Locale.ROOT);
        if (value.matches("\\d{1,2}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 12) {
            return Month.of(Integer.parseInt(value));
        }
        for (Month candidate : Month.values()) {
            String name = candidate.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (value.length() >= 3 && name.startsWith(value.substring(0, 3))) {
                return candidate;
            }
        }
        return Month.JANUARY;
    }

    /** academicpages' category names for what BibTeX calls entry types. */
    private static String categoryOf(String type) {
        return switch (type) {
            case "inproceedings", "conference", "proceedings" -> "conferences";
            case "article" -> "manuscripts";
            case "book", "inbook", "incollection" -> "books";
            case "phdthesis", "mastersthesis" -> "theses";
            default -> "other";
        };
    }

    /**
     * The topics of a paper: the front matter's {@code keywords:} or {@code tags:} (a list, or one text separated
     * by commas), else the entry's {@code keywords} (separated by commas or semicolons); each once, in order.
     */
    private static List<String> topicsOf(Map<String, Object> frontMatter, String bibKeywords) {
        Object listed = frontMatter.get("keywords") != null ? frontMatter.get("keywords") : frontMatter.get("tags");
        List<String> topics = new ArrayList<>();
        if (listed instanceof List<?> list) {
            list.forEach(topic -> topics.add(String.valueOf(topic)));
        } else {
            topics.addAll(List.of((listed != null ? String.valueOf(listed) : bibKeywords).split("[,;]")));
        }
        return topics.stream().map(String::strip).filter(topic -> !topic.isEmpty()).distinct().toList();
    }

    private static boolean isTrue(Object value) {
        return value != null && String.valueOf(value).strip().equalsIgnoreCase("true");
    }

    private static String escapedParagraph(String text) {
        return text.isBlank() ? "" : "<p>" + Entities.escape(text.strip()) + "</p>";
    }

    /** A title as two spellings of the same paper share it: lower case, letters and digits only. */
    public static String comparableTitle(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The file name without extension: unlike the slug, it keeps the date that tells papers of one name apart. */
    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}

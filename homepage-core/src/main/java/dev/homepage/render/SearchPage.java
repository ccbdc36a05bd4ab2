package dev.homepage.render;

import dev.homepage.config.SourceNames;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import dev.homepage.incremental.PageCache;
import dev.homepage.output.Library;
import dev.homepage.output.OutputPage;
import dev.homepage.publications.Author;
import dev.homepage.publications.Publication;
import dev.homepage.search.SearchEntry;
import dev.homepage.search.SearchIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * The site's search: the page at {@code /search/}, and the index its script searches, made of every page, paper,
 * talk, post and news item (each paper once, with its authors, venue and abstract).
 */
final class SearchPage implements OutputProducer {

    /** The search page, which reads {@code ?q=} from its address. */
    static final String URL = "/search/";
    private static final Path GENERATED = Path.of("(generated)");
    /** What readers call the things of each collection; others are called by their collection's name. */
    private static final Map<String, String[]> KINDS = kinds();
    private static final String[] PAGE = {"Page", "Pages"};
    /** A front matter key: {@code search: false} leaves a page out of the index. */
    private static final String EXCLUDE_KEY = "search";

    private final Views views;
    private final SiteView site;
    private final PageCache cache;

    /**
     * @param cache the plain text of bodies and abstracts, by their HTML, and the JSON of the index's rows, from
     *     the last build on
     */
    SearchPage(Views views, SiteView site, PageCache cache) {
        this.views = views;
        this.site = site;
        this.cache = cache;
    }

    private static Map<String, String[]> kinds() {
        Map<String, String[]> kinds = new LinkedHashMap<>();
        kinds.put(SourceNames.PUBLICATIONS, new String[] {"Paper", "Papers"});
        kinds.put(SourceNames.POSTS, new String[] {"Post", "Posts"});
        kinds.put(SourceNames.TALKS, new String[] {"Talk", "Talks"});
        kinds.put(SourceNames.TEACHING, new String[] {"Teaching", "Teaching"});
        kinds.put(SourceNames.NEWS, new String[] {"News", "News"});
        kinds.put(SourceNames.PORTFOLIO, new String[] {"Portfolio", "Portfolio"});
        return kinds;
    }

    /** The search page and its index, when the config turns search on and the site has no page of its own there. */
    @Override
    public void produce(BuildViews build, Outputs out) {
        if (!build.config().search().enabled() || !build.free(URL)) {
            return;
        }
        List<SearchEntry> entries = entries(List.copyOf(build.bodies().values()), build.pages(), build.papers());
        // The search page leaves the profile out: on a phone it would push the search field off the screen.
        PageView page = build.fingerprints().of(
                views.generatedPage("", "Search", URL, false), "generated", "search");
        out.add(page(build, entries, page));
        out.add(index(entries));
    }

    /**
     * What the index holds: each page and collection item that has a page of its own or a listing (papers from
     * the catalog, which merged their files with the bibliography), newest first, pages after dated items.
     */
    private List<SearchEntry> entries(List<RenderedDocument> documents, Map<Path, PageView> pageViews,
            Papers papers) {
        // Each entry is made on its own, most of it the plain text of a body: on every core, in the lists' order.
        List<Dated> dated = new ArrayList<>(documents.parallelStream()
                .filter(rendered -> inIndex(rendered.document()))
                // All an entry shows comes from the body's file, its view and the config, as the view does: kept
                // with it. Whether a page is written depends on other files too, so it is asked above every build.
                .map(rendered -> cache.<Optional<Dated>>searchEntry(rendered,
                        () -> entryOf(rendered, pageViews.get(rendered.document().source()))))
                .flatMap(Optional::stream).toList());
        // A paper's entry shows its publication, through its view, under the config: kept with them.
        dated.addAll(papers.all().parallelStream()
                .map(paper -> cache.<Dated>searchEntryOfPaper(paper.publication(), () -> entryOf(paper))).toList());
        return cache.sortedSearchEntries(dated, Comparator.comparing(Dated::date, Comparator.reverseOrder())
                .thenComparing(entry -> entry.entry().url())).stream().map(Dated::entry).toList();
    }

    /** Whether a document is searched: papers are, from the catalog; a page only when it is written. */
    private static boolean inIndex(Document document) {
        return !(document.collection().equals(SourceNames.PUBLICATIONS)
                || Boolean.FALSE.equals(document.frontMatter().get(EXCLUDE_KEY))
                || document.isPage() && (!document.output() || document.url().startsWith("/404")));
    }

    /** A paper's entry, with its authors. */
    private Dated entryOf(Papers.Paper each) {
        Publication paper = each.publication();
        PublicationView view = each.view();
        String url = view.url().isEmpty() ? views.href("/" + SourceNames.PUBLICATIONS + "/#paper-"
                + paper.key()) : view.url();
        return new Dated(paper.date() == null ? "" : paper.date().toString(), new SearchEntry(
                kindOf(SourceNames.PUBLICATIONS)[0], paper.title(), url, view.year(),
                paper.authors().stream().map(Author::name).collect(Collectors.joining(", ")), paper.venue(),
                plainText(paper.abstractHtml())));
    }

    /** A document's entry, or none for an untitled one. */
    private Optional<Dated> entryOf(RenderedDocument rendered, PageView view) {
        Document document = rendered.document();
        String url = view.url().isEmpty() ? views.href("/" + document.collection() + "/") : view.url();
        String title = !view.title().isBlank() ? view.title() : document.url().equals("/") ? site.title() : "";
        if (title.isBlank()) {
            return Optional.empty();
        }
        // From the front matter, which any page may write, as a collection item's view shows them.
        String venue = String.join(", ", List.of(document.text("venue"), document.text("location")).stream()
                .filter(part -> !part.isBlank()).toList());
        return Optional.of(new Dated(document.date() == null ? "" : document.date().toLocalDate().toString(),
                new SearchEntry(kindOf(document.collection())[0], title, url, view.dateDisplay(), "", venue,
                        plainText(rendered.html()))));
    }

    /** An entry with the date it is sorted by: ISO-8601, or "" for none. */
    private record Dated(String date, SearchEntry entry) {
    }

    /** The job rendering the search page, which lists every entry for readers without scripts. */
    private PageJob page(BuildViews build, List<SearchEntry> entries, PageView page) {
        Map<String, List<SearchEntry>> byKind = new LinkedHashMap<>();
        byKind.put(PAGE[0], new ArrayList<>());
        KINDS.values().forEach(kind -> byKind.put(kind[0], new ArrayList<>()));
        entries.forEach(entry -> byKind.computeIfAbsent(entry.kind(), kind -> new ArrayList<>()).add(entry));
        List<SearchView.Group> groups = new ArrayList<>();
        byKind.forEach((kind, members) -> {
            if (!members.isEmpty()) {
                groups.add(new SearchView.Group(pluralOf(kind), List.copyOf(members)));
            }
        });
        SearchView search = new SearchView(views.href(SearchIndex.URL),
                views.href(Views.THEME_ASSETS_URL + "/" + Library.FUSE.folder()), List.copyOf(groups));
        // The page lists each entry's title, URL and date, not its text: an edit to a body leaves it as it was.
        build.fingerprints().of(search, search.indexUrl(), search.libraryUrl(), groups.stream()
                .map(group -> List.of(group.title(), group.entries().stream()
                        .map(entry -> List.of(entry.url(), entry.title(), entry.date())).toList()))
                .toList());
        return new PageJob(URL, GENERATED, "search.ftlh",
                build.model("page", page, "search", search));
    }

    /** The index, as the file the search page loads. */
    private OutputPage index(List<SearchEntry> entries) {
        return new OutputPage(SearchIndex.URL, GENERATED, SearchIndex.utf8(entries, cache::searchRow,
                cache::searchIndex), false);
    }

    private String plainText(String html) {
        return html.isBlank() ? "" : cache.plainText(html, () -> SearchIndex.shortened(Jsoup.parse(html).text()));
    }

    private static String[] kindOf(String collection) {
        if (collection.isEmpty()) {
            return PAGE;
        }
        String name = Character.toUpperCase(collection.charAt(0)) + collection.substring(1);
        return KINDS.getOrDefault(collection, new String[] {name, name});
    }

    private static String pluralOf(String kind) {
        if (kind.equals(PAGE[0])) {
            return PAGE[1];
        }
        return KINDS.values().stream().filter(names -> names[0].equals(kind)).map(names -> names[1]).findFirst()
                .orElse(kind);
    }
}

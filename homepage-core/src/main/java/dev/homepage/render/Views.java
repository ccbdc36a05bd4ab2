package dev.homepage.render;

import dev.homepage.config.Author;
import dev.homepage.config.PublicationSettings;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.Document;
import dev.homepage.content.RenderedDocument;
import dev.homepage.publications.PaperLink;
import dev.homepage.publications.Publication;
import dev.homepage.publications.PublicationCatalog;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import ua.co.k.strftime.StrftimeFormatter;

/** Builds the views templates see from the config and the rendered documents. */
final class Views {

    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    static final String THEME_ASSETS_URL = "/assets/homepage";
    private static final int DESCRIPTION_LENGTH = 200;
    /** al-folio's layout of the home page, whose front matter's {@code profile:} the theme's page layout shows. */
    static final String ABOUT_LAYOUT = "about";
    /** What flexmark writes for a fenced code block that names its language. */
    private static final String HIGHLIGHTED_CODE = "<code class=\"language-";

    private final SiteConfig config;
    private final Urls urls;
    private final LinkedData linkedData;
    private final Profiles profiles;
    private final Function<ZonedDateTime, String> displayDate;

    Views(SiteConfig config) {
        this.config = config;
        this.urls = new Urls(config.url(), config.baseurl());
        this.linkedData = new LinkedData(config, urls);
        this.profiles = new Profiles(urls);
        this.displayDate = displayDate(config);
    }

    /**
     * How dates read on the pages: the config's {@code date_format}, written for Ruby's strftime as Jekyll sites
     * write it ({@code "%-d %B %Y"}), in the site's language; else "March 05, 2024".
     */
    private static Function<ZonedDateTime, String> displayDate(SiteConfig config) {
        return config.theme().dateFormat().<Function<ZonedDateTime, String>>map(format ->
                StrftimeFormatter.ofSafePattern(format, Locale.forLanguageTag(config.lang()))::format)
                .orElse(DISPLAY_DATE::format);
    }

    /**
     * @param data the site's data files
     * @param feedUrl the site-relative URL of the Atom feed, or empty when the site has none
     * @param searchUrl the site-relative URL of the search page, or empty when the site has no search
     */
    SiteView site(Map<String, Object> data, String feedUrl, String searchUrl, List<Path> staticFiles) {
        AuthorView author = author();
        return new SiteView(config.title(), config.description(), config.url(), config.baseurl(), config.lang(),
                urls.href("/"), urls.href(THEME_ASSETS_URL), author, navigation(data), config.raw(), data,
                urls.href(feedUrl), urls.href(searchUrl), markup(author == null ? "" : linkedData.person(author)),
                ThemeStyle.customProperties(config.style()),
                staticFiles.contains(ThemeStyle.CUSTOM_CSS) ? urls.href("/" + slashed(ThemeStyle.CUSTOM_CSS)) : "",
                urls.href(faviconUrl(staticFiles)), config.twitter(),
                markup(textMarkup(config.theme().contactNote())), config.theme().relatedPosts(),
                config.author().firstName(), config.author().lastName(),
                SocialLinks.of(data, urls.href(feedUrl), urls));
    }

    /**
     * The site's icon: the one the config names, or one the site has at its root, or else the one made from the
     * initials ({@link SiteFiles#favicon}); none for a site without a name to take initials from.
     */
    String faviconUrl(List<Path> staticFiles) {
        String configured = config.theme().favicon();
        if (!configured.isEmpty()) {
            return configured;
        }
        return ThemeStyle.FAVICONS.stream().filter(staticFiles::contains).findFirst()
                .map(file -> "/" + slashed(file))
                .orElse(makesFavicon(staticFiles) ? SiteFiles.FAVICON_URL : "");
    }

    /** Whether the site gets an icon made from the initials: it names none, has none, and has a name. */
    boolean makesFavicon(List<Path> staticFiles) {
        return config.theme().favicon().isEmpty() && ThemeStyle.FAVICONS.stream().noneMatch(staticFiles::contains)
                && !initials().isEmpty();
    }

    /** The initials of the author's name, or of the site's title, for an icon. */
    String initials() {
        String name = config.author().name();
        return ThemeStyle.initials(name.isEmpty() ? config.title() : name);
    }

    private static String slashed(Path file) {
        return file.toString().replace('\\', '/');
    }

    /**
     * The view of a rendered document: a collection item for a document of a collection, with what its listings
     * show; else a plain page, with the home page's sections and al-folio's profiles.
     */
    PageView page(RenderedDocument rendered) {
        Document document = rendered.document();
        ZonedDateTime date = document.date();
        String html = rendered.html();
        PageBasics basics = new PageBasics(
                document.title(),
                document.output() ? urls.href(document.url()) : "",
                document.collection(),
                date == null ? "" : displayDate.apply(date),
                date == null ? "" : ISO_DATE.format(date),
                date == null ? "" : String.valueOf(date.getYear()),
                !Boolean.FALSE.equals(document.frontMatter().get("author_profile")),
                markup(rendered.excerptHtml()),
                markup(html),
                document.frontMatter(),
                description(document, rendered.excerptHtml()),
                previewImage(imageOf(document.frontMatter())),
                TableOfContents.of(html, document.frontMatter()),
                hasMath(html), html.contains(HIGHLIGHTED_CODE));
        if (document.isPage()) {
            return new PlainPageView(basics,
                    document.url().equals("/") ? HomeSections.of(html) : HomeSections.whole(html),
                    profiles.of(rendered));
        }
        return new CollectionItemView(basics, document.text("type"), document.text("venue"),
                document.text("location"), markup(rendered.citationHtml()), urls.href(document.text("paperurl")),
                urls.href(document.text("slidesurl")),
                ReadingTime.of(document.frontMatter().get("read_time"), html, config.wordsPerMinute()));
    }

    /** The delimiters KaTeX's auto-render looks for; kramdown writes math between $$ inline and as blocks. */
    private static boolean hasMath(String html) {
        return html.contains("$$") || html.contains("\\[") || html.contains("\\(");
    }

    /** The page's own image for link previews, else the author's photo. */
    private String previewImage(String pageImage) {
        return urls.absolute(pageImage.isEmpty() ? ConfigImage.avatarPath(config.author().avatar()) : pageImage);
    }

    /**
     * What search engines and link previews show: the front matter's description, else the excerpt, else the
     * site's description; on the home page, which speaks for the whole site, the site's description first.
     */
    private String description(Document document, String excerptHtml) {
        String text = document.text("description").strip();
        if (text.isEmpty() && document.url().equals("/")) {
            text = config.description();
        }
        if (text.isEmpty()) {
            text = Jsoup.parse(excerptHtml).text();
        }
        if (text.isEmpty()) {
            text = config.description();
        }
        return text.length() <= DESCRIPTION_LENGTH ? text
                : text.substring(0, text.lastIndexOf(' ', DESCRIPTION_LENGTH) > 0
                        ? text.lastIndexOf(' ', DESCRIPTION_LENGTH) : DESCRIPTION_LENGTH) + "…";
    }

    /** The page's image as Jekyll themes name it: {@code image:}, or {@code header.teaser} / {@code header.image}. */
    private static String imageOf(Map<String, Object> frontMatter) {
        if (frontMatter.get("image") != null) {
            return String.valueOf(frontMatter.get("image"));
        }
        if (frontMatter.get("header") instanceof Map<?, ?> header) {
            Object image = header.get("teaser") != null ? header.get("teaser") : header.get("image");
            return image == null ? "" : String.valueOf(image);
        }
        return "";
    }

    String href(String url) {
        return urls.href(url);
    }

    /** A page with no source file of its own: a collection's listing, a paper known from BibTeX alone. */
    PlainPageView generatedPage(String collection, String title, String url) {
        return generatedPage(collection, title, url, true);
    }

    /** @param authorProfile whether the page shows the author's profile */
    PlainPageView generatedPage(String collection, String title, String url, boolean authorProfile) {
        return new PlainPageView(new PageBasics(title, urls.href(url), collection, "", "", "", authorProfile,
                markup(""), markup(""), Map.of(), config.description(), previewImage(""), List.of(), false, false),
                HomeSections.whole(""), List.of());
    }

    PublicationView publication(Publication publication) {
        LocalDate date = publication.date();
        String pdf = publication.links().stream().filter(link -> link.kind().equals("pdf")).findFirst()
                .map(link -> urls.absolute(link.url())).orElse("");
        return new PublicationView(publication.key(), publication.title(), urls.href(publication.url()),
                publication.authors(), publication.venue(), publication.abbr(),
                date == null ? "" : String.valueOf(date.getYear()), date == null ? "" : ISO_DATE.format(date),
                publication.category(), markup(publication.abstractHtml()), markup(publication.citationHtml()),
                publication.links().stream().map(link -> new PaperLink(link.kind(), link.label(), urls.href(link.url())))
                        .filter(link -> !link.url().isEmpty()).toList(),
                urls.href(publication.bibtexUrl()), urls.href(publication.preview()), publication.award(),
                publication.type().key(), publication.topics(), publication.firstAuthored(), publication.selected(),
                publication.citations().isPresent() ? publication.citations().getAsInt() : null,
                publication.isConferencePaper(), pdf, markup(linkedData.article(publication)));
    }

    /**
     * @param known the view of a paper as the last build made it from the same publication; else the one given
     *     made now
     */
    Papers publications(PublicationCatalog.Catalog catalog,
            BiFunction<Publication, Supplier<PublicationView>, PublicationView> known) {
        List<Papers.Paper> papers = catalog.publications().parallelStream()
                .map(paper -> new Papers.Paper(paper, known.apply(paper, () -> publication(paper)))).toList();
        List<PublicationView> items = papers.stream().map(Papers.Paper::view).toList();
        Map<String, List<PublicationView>> grouped = new LinkedHashMap<>();
        PublicationSettings settings = config.publications();
        boolean byCategory = settings.byCategory();
        for (PublicationView item : items) {
            grouped.computeIfAbsent(byCategory ? item.category() : item.year(), group -> new ArrayList<>()).add(item);
        }
        List<PublicationsView.Group> groups = new ArrayList<>();
        grouped.forEach((group, members) -> groups.add(new PublicationsView.Group(groupId(group, byCategory),
                byCategory ? settings.categoryTitle(group) : (group.isEmpty() ? "Undated" : group), List.copyOf(members))));
        if (byCategory) {
            groups.sort(Comparator.comparing(PublicationsView.Group::title));
        }
        return new Papers(papers, new PublicationsView(items, List.copyOf(groups),
                items.stream().filter(PublicationView::selected).toList(),
                catalog.totalCitations().isPresent() ? catalog.totalCitations().getAsInt() : null, filters(items)));
    }

    private static PublicationsView.Filters filters(List<PublicationView> items) {
        Set<String> types = items.stream().map(PublicationView::type).collect(Collectors.toSet());
        return new PublicationsView.Filters(
                items.stream().map(PublicationView::year).filter(year -> !year.isEmpty()).distinct()
                        .sorted(Comparator.reverseOrder()).toList(),
                Arrays.stream(Publication.Type.values()).filter(type -> types.contains(type.key()))
                        .map(type -> new PublicationsView.Choice(type.key(), type.title())).toList(),
                items.stream().flatMap(item -> item.topics().stream()).distinct()
                        .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())).toList(),
                items.stream().anyMatch(PublicationView::firstAuthor));
    }

    private static String groupId(String group, boolean byCategory) {
        if (group.isEmpty()) {
            return byCategory ? "other" : "undated";
        }
        return byCategory ? group : "y" + group;
    }

    private AuthorView author() {
        Author author = config.author();
        if (!author.exists()) {
            return null;
        }
        String bio = author.bio();
        return new AuthorView(author.name(), urls.href(ConfigImage.avatarPath(author.avatar())),
                bio.contains("<") ? Jsoup.parse(bio).text() : bio, markup(textMarkup(bio)), author.pronouns(),
                author.location(), author.employer(), author.email(), ProfileLinks.of(author.written(), urls));
    }

    private List<NavLink> navigation(Map<String, Object> data) {
        List<NavLink> links = new ArrayList<>();
        if (data.get("navigation") instanceof Map<?, ?> navigation && navigation.get("main") instanceof List<?> main) {
            for (Object entry : main) {
                if (entry instanceof Map<?, ?> link && link.get("title") != null && link.get("url") != null) {
                    String href = urls.href(String.valueOf(link.get("url")));
                    if (!href.isEmpty()) {
                        links.add(new NavLink(String.valueOf(link.get("title")), href));
                    }
                }
            }
        }
        return List.copyOf(links);
    }

    /**
     * HTML written in the config or front matter (a bio, a profile's lines) as Jekyll themes show it ({@code <br>}
     * between roles, paragraphs, emphasis, links), cleaned to the markup of text: no script, style, form or event
     * handler gets through.
     */
    static String textMarkup(String html) {
        if (!html.contains("<")) {
            return HTMLOutputFormat.INSTANCE.escapePlainText(html);
        }
        // Made here, not once for all: most bios are plain text, and their builds need not load jsoup's cleaner.
        Safelist textAndLinks = Safelist.basic().removeEnforcedAttribute("a", "rel");
        return Jsoup.clean(html, "", textAndLinks, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
    }

    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            // The HTML output format accepts any string as markup; the checked exception is for other formats.
            throw new IllegalStateException(e);
        }
    }
}

package dev.homepage.content;

import dev.homepage.Problems;
import dev.homepage.SourceError;
import dev.homepage.config.CollectionConfig;
import dev.homepage.config.Dates;
import dev.homepage.config.FrontMatterDefault;
import dev.homepage.config.SafeYaml;
import dev.homepage.config.SiteConfig;
import dev.homepage.config.SourceNames;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one content file into a {@link Document}: its front matter with the config's defaults, its collection, date,
 * slug and URL; says what is wrong with it at its line.
 */
final class DocumentReader {

    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)");

    private final SiteConfig config;
    private final Set<String> frontMatterKeys;
    private final SafeYaml.Reused yamlLoaders;

    /**
     * A reader of the files of one build, which share what it works out once from the config.
     *
     * @param yamlLoaders the loaders of the front matter, which its threads reuse from file to file
     */
    DocumentReader(SiteConfig config, SafeYaml.Reused yamlLoaders) {
        this.config = config;
        this.frontMatterKeys = KeySpelling.frontMatterKeys(config);
        this.yamlLoaders = yamlLoaders;
    }

    /** The document of a file's text; empty, with an error said, when it cannot be one, or it is unpublished. */
    Optional<Document> read(Path file, String text, Problems problems) {
        GarbledText.warn(file, text, problems);
        warnOfControlCharacters(file, text, problems);
        FrontMatter frontMatter;
        try {
            frontMatter = FrontMatter.parse(text, yamlLoaders);
        } catch (SourceError e) {
            problems.error(file, e.line(), e.column(), "the front matter is not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        frontMatter.duplicateKeys().forEach(duplicate -> problems.warn(file, duplicate.line(), duplicateKey(duplicate)));
        KeySpelling.checkFrontMatter(file, text, frontMatter.data(), frontMatterKeys, problems);
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
        String extension = ContentLoader.extension(fileName);
        String baseName = fileName.substring(0, fileName.length() - extension.length() - (extension.isEmpty() ? 0 : 1));
        Matcher dated = DATED_NAME.matcher(baseName);
        String slug = dated.matches() ? dated.group(2) : baseName;

        ZonedDateTime date = null;
        Object declaredDate = data.get("date");
        if (declaredDate != null) {
            // As in Jekyll, which reads a document's date as a time in the site's zone: 20:54 -0400 is the next day
            // in UTC, and reads so on the page and in its URL.
            date = Dates.parse(String.valueOf(declaredDate), config.timeZone())
                    .map(written -> written.withZoneSameInstant(config.timeZone())).orElse(null);
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
        if (date == null && SourceNames.DATED_COLLECTIONS.contains(collection)) {
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
                frontMatter.bodyLine(), date, slug, url, ContentLoader.MARKDOWN_EXTENSIONS.contains(extension), output);
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
        boolean homepagePages = file.getName(0).toString().equals(SourceNames.PAGES_FOLDER)
                && !pagesIsJekyllFolder(config);
        String folder = file.getParent() == null ? "" : file.getParent().toString().replace('\\', '/');
        if (ContentLoader.TEXT_EXTENSIONS.contains(ContentLoader.extension(file.getFileName().toString()))) {
            // A feed.xml or search.json keeps its name, as in Jekyll.
            return Permalinks.normalize(folder + "/" + file.getFileName());
        }
        if (homepagePages) {
            folder = folder.equals(SourceNames.PAGES_FOLDER) ? ""
                    : folder.substring(SourceNames.PAGES_FOLDER.length() + 1);
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
        return config.include().stream()
                .anyMatch(entry -> entry.replaceAll("^/|/$", "").equals(SourceNames.PAGES_FOLDER));
    }

    /**
     * How Jekyll ends the URL of a page without a permalink, from the config's permalink style: "/" for
     * {@code pretty} or a pattern ending in "/", ".html" for {@code date} (the default), {@code ordinal},
     * {@code none} or a pattern ending in {@code :output_ext}, nothing for any other pattern.
     */
    private static String pageSuffix(SiteConfig config) {
        String style = config.permalink();
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
    static String duplicateKey(SafeYaml.DuplicateKey duplicate) {
        return "the key '" + duplicate.key() + "' is given again here, and as in Jekyll this last value is the one"
                + " kept: remove the line that should not be there";
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

}

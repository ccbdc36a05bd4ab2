package dev.homepage.render;

import dev.homepage.config.SiteConfig;
import dev.homepage.output.Json;
import dev.homepage.publications.Publication;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The schema.org descriptions search engines read from a page's {@code <script type="application/ld+json">}: the
 * author as a Person, each paper as a ScholarlyArticle. Keys are in a fixed order, so the output is the same from
 * one JVM to the next.
 */
final class LinkedData {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final SiteConfig config;
    private final Urls urls;

    LinkedData(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
    }

    /** The site's author as a schema.org Person, for the home page. */
    String person(AuthorView author) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("name", author.name());
        putIfPresent(person, "url", urls.absolute("/"));
        putIfPresent(person, "image", urls.absolute(ConfigImage.avatarPath(config.author().avatar())));
        putIfPresent(person, "description", author.bio());
        if (!author.employer().isEmpty()) {
            person.put("affiliation", typed("Organization", author.employer()));
        }
        if (!author.location().isEmpty()) {
            person.put("homeLocation", typed("Place", author.location()));
        }
        putIfPresent(person, "email", author.email().isEmpty() ? "" : "mailto:" + author.email());
        List<String> profiles = author.links().stream().map(ProfileLink::url).filter(url -> url.startsWith("http"))
                .toList();
        if (!profiles.isEmpty()) {
            person.put("sameAs", profiles);
        }
        return Json.write(person);
    }

    /**
     * A schema.org thing of a type and a name, its keys in a fixed order: {@code Map.of} iterates in an order that
     * changes from one JVM to the next, and the output must not.
     */
    private static Map<String, Object> typed(String type, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    /** A paper as a schema.org ScholarlyArticle, for its page, which Google Scholar reads. */
    String article(Publication publication) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "ScholarlyArticle");
        article.put("headline", publication.title());
        article.put("author", publication.authors().stream()
                .map(author -> typed("Person", author.name())).toList());
        if (publication.date() != null) {
            article.put("datePublished", ISO_DATE.format(publication.date()));
        }
        if (!publication.venue().isEmpty()) {
            article.put("isPartOf",
                    typed(publication.isConferencePaper() ? "Event" : "Periodical", publication.venue()));
        }
        String abstractText = Jsoup.parse(publication.abstractHtml()).text();
        if (!abstractText.isEmpty()) {
            article.put("abstract", abstractText);
        }
        String url = urls.absolute(publication.url());
        if (!url.isEmpty()) {
            article.put("url", url);
        }
        return Json.write(article);
    }
}

package dev.homepage.render;

import dev.homepage.body.RenderedDocument;
import dev.homepage.config.SiteConfig;
import dev.homepage.content.Document;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the views templates see from the config and the rendered documents. */
final class Views {

    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    static final String THEME_ASSETS_URL = "/assets/homepage";

    private final SiteConfig config;
    private final Urls urls;

    Views(SiteConfig config) {
        this.config = config;
        this.urls = new Urls(config.baseurl());
    }

    SiteView site(Map<String, Object> data) {
        return new SiteView(config.title(), config.description(), config.url(), config.baseurl(), config.lang(),
                urls.href("/"), urls.href(THEME_ASSETS_URL), author(), navigation(data), config.raw(), data);
    }

    PageView page(RenderedDocument rendered) {
        Document document = rendered.document();
        ZonedDateTime date = document.date();
        return new PageView(
                document.title(),
                document.output() ? urls.href(document.url()) : "",
                document.collection(),
                date == null ? "" : DISPLAY_DATE.format(date),
                date == null ? "" : ISO_DATE.format(date),
                date == null ? "" : String.valueOf(date.getYear()),
                document.text("type"),
                document.text("venue"),
                document.text("location"),
                markup(rendered.citationHtml()),
                urls.href(document.text("paperurl")),
                urls.href(document.text("slidesurl")),
                !Boolean.FALSE.equals(document.frontMatter().get("author_profile")),
                markup(rendered.excerptHtml()),
                markup(rendered.html()),
                document.frontMatter());
    }

    /** The page that lists a collection, which has no source file of its own. */
    PageView listingPage(String collection, String title) {
        return new PageView(title, urls.href("/" + collection + "/"), collection, "", "", "", "", "", "", markup(""),
                "", "", true, markup(""), markup(""), Map.of());
    }

    private AuthorView author() {
        Map<String, Object> author = config.author();
        if (author.isEmpty()) {
            return null;
        }
        return new AuthorView(text(author, "name"), urls.href(avatarPath(text(author, "avatar"))), text(author, "bio"),
                text(author, "pronouns"), text(author, "location"), text(author, "employer"), text(author, "email"),
                ProfileLinks.of(author, urls));
    }

    /** academicpages writes a bare file name for an image in images/; AcadHomepage writes the path. */
    private static String avatarPath(String avatar) {
        return avatar.isEmpty() || avatar.contains("/") || avatar.contains(":") ? avatar : "images/" + avatar;
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

    private static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            // The HTML output format accepts any string as markup; the checked exception is for other formats.
            throw new IllegalStateException(e);
        }
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }
}

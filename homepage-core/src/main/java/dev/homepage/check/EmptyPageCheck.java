package dev.homepage.check;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that a page shows something: text or an image in its main content. */
final class EmptyPageCheck {

    private static final String MEDIA = "img, svg, picture, video, audio, iframe, object, embed, canvas";

    private EmptyPageCheck() {
    }

    static Optional<Finding> check(SitePage page) {
        Document document = page.document();
        // A redirecting page is empty by design: browsers leave it at once.
        if (document.selectFirst("meta[http-equiv=refresh]") != null) {
            return Optional.empty();
        }
        Element main = Optional.ofNullable(document.selectFirst("main")).orElse(document.body());
        if (!main.text().replace('\u00A0', ' ').isBlank() || main.selectFirst(MEDIA) != null) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(page.source(), 0, "the page " + page.path() + " is empty: its main"
                + " content has no text and no image; write its content, or leave it out of the site with"
                + " \"published: false\" in its front matter"));
    }
}

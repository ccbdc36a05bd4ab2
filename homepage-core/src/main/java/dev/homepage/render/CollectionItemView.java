package dev.homepage.render;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * An item of a collection (a talk, a post, a news item, a paper's page...), as its page and each listing show it.
 * Texts may be empty, never null.
 *
 * @param basics what every page has
 * @param type the kind of item, such as "Invited Talk"
 * @param venue where it was published or given
 * @param location the place of a talk
 * @param citation the citation line of a publication, rendered
 * @param paperUrl the href of a publication's paper, or empty
 * @param slidesUrl the href of slides, or empty
 * @param readTime how long the item takes to read ("9 minute read"), when its front matter sets {@code read_time},
 *     as academicpages' posts do; else empty
 */
public record CollectionItemView(PageBasics basics, String type, String venue, String location,
        TemplateHTMLOutputModel citation, String paperUrl, String slidesUrl, String readTime) implements PageView {
}

package dev.homepage.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Map;

/**
 * What a template sees as {@code page}, and as each item of a listing: a plain page ({@link PlainPageView}) or an
 * item of a collection ({@link CollectionItemView}), each with what every page has ({@link PageBasics}) under the
 * same names, so that a template reads {@code page.title} of either. Which kind a document gets, {@link Views#page}
 * decides by its collection.
 */
public sealed interface PageView permits PlainPageView, CollectionItemView {

    /** What every page has. */
    PageBasics basics();

    default String title() {
        return basics().title();
    }

    default String url() {
        return basics().url();
    }

    default String collection() {
        return basics().collection();
    }

    default String dateDisplay() {
        return basics().dateDisplay();
    }

    default String dateIso() {
        return basics().dateIso();
    }

    default String year() {
        return basics().year();
    }

    default boolean authorProfile() {
        return basics().authorProfile();
    }

    default TemplateHTMLOutputModel excerpt() {
        return basics().excerpt();
    }

    default TemplateHTMLOutputModel content() {
        return basics().content();
    }

    default Map<String, Object> frontMatter() {
        return basics().frontMatter();
    }

    default String description() {
        return basics().description();
    }

    default String image() {
        return basics().image();
    }

    default List<TocEntry> toc() {
        return basics().toc();
    }

    default boolean math() {
        return basics().math();
    }

    default boolean code() {
        return basics().code();
    }
}

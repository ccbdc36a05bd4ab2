package dev.homepage.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A finished file of the site, held as the bytes to write.
 *
 * <p>A page is kept in UTF-8 rather than as the Java string it was rendered to: a string with a single curly
 * quote or dash stores two bytes a character, and the pages of a large site, held from their rendering until
 * they are written (and by {@code serve} until the next build), are most of what a build holds in memory.
 *
 * @param url its site-relative URL
 * @param source the file it was made from, relative to the source folder; for a generated page such as a
 *     collection listing, the collection folder
 * @param content what the file holds: a page's text in UTF-8, or a binary file's bytes
 * @param binary whether it is a binary file (a CV's PDF, a smaller copy of an image) rather than a page of text
 */
public record OutputPage(String url, Path source, byte[] content, boolean binary) {

    public OutputPage {
        Objects.requireNonNull(content, "content");
    }

    /** A page of text. */
    public OutputPage(String url, Path source, String html) {
        this(url, source, html.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A binary file made from a source, such as the PDF of a CV page. */
    public static OutputPage binary(String url, Path source, byte[] bytes) {
        return new OutputPage(url, source, bytes, true);
    }

    /** The text of a page, decoded for a step that reads it; empty for a binary file. Not to be kept. */
    public String html() {
        return binary ? "" : new String(content, StandardCharsets.UTF_8);
    }
}

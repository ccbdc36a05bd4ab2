package dev.homepage.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A finished page.
 *
 * @param url its site-relative URL
 * @param source the file it was made from, relative to the source folder; for a generated page such as a
 *     collection listing, the collection folder
 * @param html the whole page; empty for a binary file
 * @param bytes the content of a binary file (a CV's PDF), or null for a page of text
 */
public record OutputPage(String url, Path source, String html, byte[] bytes) {

    public OutputPage {
        Objects.requireNonNull(html, "html");
    }

    public OutputPage(String url, Path source, String html) {
        this(url, source, html, null);
    }

    /** A binary file made from a source, such as the PDF of a CV page. */
    public static OutputPage binary(String url, Path source, byte[] bytes) {
        return new OutputPage(url, source, "", Objects.requireNonNull(bytes, "bytes"));
    }
}

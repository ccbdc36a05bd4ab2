package dev.homepage.output;

import java.nio.file.Path;

/**
 * A finished page.
 *
 * @param url its site-relative URL
 * @param source the file it was made from, relative to the source folder; for a generated page such as a
 *     collection listing, the collection folder
 * @param html the whole page
 */
public record OutputPage(String url, Path source, String html) {
}

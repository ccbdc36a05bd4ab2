package dev.homepage.publications;

/**
 * An author of a publication, as the list shows it.
 *
 * @param name the name as written, without its marks
 * @param self whether this is the site's owner, whose name the list highlights
 * @param equalContribution marked with a trailing {@code *}: contributed equally with the others so marked
 * @param corresponding marked with a trailing {@code #} or {@code †}: the corresponding author
 */
public record Author(String name, boolean self, boolean equalContribution, boolean corresponding) {
}

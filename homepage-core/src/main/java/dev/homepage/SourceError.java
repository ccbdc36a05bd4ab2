package dev.homepage;

import java.nio.file.Path;
import java.util.List;

/**
 * A mistake found at its place in a source: the one error type of the YAML loader, the Liquid renderer and the
 * template renderer, which the code that called them turns into a {@link Problem} at that place.
 *
 * <p>A finder given a text knows the lines of the text, not its file: a mistake in the text has the place of a
 * line of no file, and its caller, which knows the file and where the text starts in it, names the file. A mistake
 * the text leads to in another file (an include, a template) has that file, and the route from the text to it.
 */
public final class SourceError extends Exception {

    /**
     * A line of a file.
     *
     * @param file the file, relative to the source folder, or as the author would look for it ("theme template
     *     layout.ftlh"); null for the text the finder was given
     * @param line the 1-based line, or 0 when unknown
     */
    public record Place(Path file, int line) {

        /** "_includes/a.html:3", or the file alone when the line is unknown. */
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "");
        }
    }

    private final Place place;
    private final int column;
    private final List<Place> route;

    /** A mistake at a line of the text given. */
    public SourceError(String message, int line) {
        this(message, line, 0);
    }

    /** A mistake at a line and 1-based column (0 when unknown) of the text given. */
    public SourceError(String message, int line, int column) {
        this(message, new Place(null, line), column, List.of(), null);
    }

    /**
     * @param route the places that lead from the text given to the mistake's file, innermost first, the last one
     *     in the text given; empty when nothing leads there
     */
    public SourceError(String message, Place place, int column, List<Place> route, Throwable cause) {
        super(message, cause);
        this.place = place;
        this.column = column;
        this.route = List.copyOf(route);
    }

    /** Where the mistake is. */
    public Place place() {
        return place;
    }

    /** The line of the mistake, in its file or in the text given. */
    public int line() {
        return place.line();
    }

    /** The 1-based column of the mistake, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The places that lead from the text given to the mistake's file, innermost first; empty for none. */
    public List<Place> route() {
        return route;
    }
}

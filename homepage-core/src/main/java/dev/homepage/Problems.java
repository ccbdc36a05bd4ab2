package dev.homepage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one build from every phase and thread, so that all of them are reported together.
 */
public final class Problems {

    /**
     * What is said of content nested so deeply that rendering it would overflow the stack of the library that
     * renders it: it is caught and reported as this, with the file, never as a crash.
     */
    public static final String TOO_DEEP = "nests too deeply to render (quotes, lists, HTML elements, Liquid tags or"
            + " template calls inside each other, hundreds of levels deep): flatten it";

    private static final Comparator<Problem> BY_LOCATION =
            Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column)
                    .thenComparing(Problem::message);

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public void error(Path file, int line, String message) {
        error(file, line, 0, message);
    }

    public synchronized void error(Path file, int line, int column, String message) {
        errors.add(new Problem(file, line, column, message));
    }

    public synchronized void warn(Path file, int line, String message) {
        warnings.add(new Problem(file, line, message));
    }

    /** Adds what another collection holds, such as the problems a file had when it was last read. */
    public synchronized void addAll(Problems other) {
        synchronized (other) {
            errors.addAll(other.errors);
            warnings.addAll(other.warnings);
        }
    }

    /** Whether nothing was reported. */
    public synchronized boolean isEmpty() {
        return errors.isEmpty() && warnings.isEmpty();
    }

    public synchronized boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Ends a phase: when it found errors, the build stops here with all of them, in file order. */
    public synchronized void throwIfErrors() throws SiteBuildException {
        if (!errors.isEmpty()) {
            throw new SiteBuildException(errors.stream().sorted(BY_LOCATION).toList());
        }
    }

    /**
     * The warnings in file order, each once: an include used by many pages warns once of what it holds, and two
     * readers may meet the same file and say the same of it.
     */
    public synchronized List<Problem> warnings() {
        return warnings.stream().distinct().sorted(BY_LOCATION).toList();
    }
}

package dev.homepage.liquid;

import dev.homepage.SourceError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Liquid problem met inside an included file, or at an include tag that cannot be followed. It passes up through
 * each include tag on its way to the page, and each adds where it stands, so that the author is shown the file and
 * line at fault and the include tags that led there.
 */
final class IncludeFailure extends RuntimeException {

    private final String includeName;
    private final Path file;
    private final int line;
    private final int column;
    private final List<SourceError.Place> includedBy;

    /**
     * @param includeName the file name the include tag gave, by which the including text's tag is found
     * @param file the file at fault, relative to the source folder; null when the fault is the include tag itself
     * @param line the 1-based line in that file, or 0
     */
    IncludeFailure(String includeName, Path file, int line, int column, String message) {
        this(includeName, file, line, column, message, List.of());
    }

    private IncludeFailure(String includeName, Path file, int line, int column, String message,
            List<SourceError.Place> includedBy) {
        super(message, null, false, false);
        this.includeName = includeName;
        this.file = file;
        this.line = line;
        this.column = column;
        this.includedBy = includedBy;
    }

    /** The failure as the include tag that rendered the given file, named as given, passes it on. */
    IncludeFailure includedBy(String name, Path including, String includingText) {
        int tagLine = LiquidErrorText.lineOfInclude(includingText, includeName);
        if (file == null) {
            return new IncludeFailure(name, including, tagLine, 0, getMessage(), includedBy);
        }
        List<SourceError.Place> chain = new ArrayList<>(includedBy);
        chain.add(new SourceError.Place(including, tagLine));
        return new IncludeFailure(name, file, line, column, getMessage(), List.copyOf(chain));
    }

    /** The failure among the causes of an exception Liqp wrapped it in, or null. */
    static IncludeFailure in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IncludeFailure failure) {
                return failure;
            }
        }
        return null;
    }

    String includeName() {
        return includeName;
    }

    Path file() {
        return file;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The include tags between the file at fault and the page, innermost first. */
    List<SourceError.Place> includedBy() {
        return includedBy;
    }
}

package dev.homepage.check;

import dev.homepage.Problem;
import java.nio.file.Path;

/**
 * Something the check found wrong with a built site, located in the source file to fix.
 *
 * @param severity whether it fails the check
 * @param problem the source file (relative to the source folder), the 1-based line or 0 when unknown, and a
 *     message that says what is wrong and how to fix it
 */
public record Finding(Severity severity, Problem problem) {

    static Finding error(Path file, int line, String message) {
        return new Finding(Severity.ERROR, new Problem(file, line, message));
    }

    static Finding warning(Path file, int line, String message) {
        return new Finding(Severity.WARNING, new Problem(file, line, message));
    }

    /** {@code file:line: message}, the form compilers use, so that editors and terminals link to the line. */
    @Override
    public String toString() {
        return problem.toString();
    }
}

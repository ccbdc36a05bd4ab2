package dev.homepage;

import java.nio.file.Path;

/**
 * Something wrong with the input, located as precisely as known.
 *
 * @param file the file at fault, relative to the source folder where possible
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column in that line, or 0 when unknown
 * @param message what is wrong and what to do about it
 */
public record Problem(Path file, int line, int column, String message) {

    public Problem(Path file, int line, String message) {
        this(file, line, 0, message);
    }

    public Problem(Path file, String message) {
        this(file, 0, 0, message);
    }

    @Override
    public String toString() {
        String where = line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "";
        return file + where + ": " + message;
    }
}

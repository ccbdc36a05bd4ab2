package dev.homepage.cache;

import java.nio.file.Path;
import java.util.Set;

/**
 * What changed in the source folder since the last build, as far as the caller knows: {@code serve} is told by
 * the file system which files were saved, created or deleted; a build without such news checks every file.
 *
 * @param known whether {@code files} is the whole of what changed
 * @param files the files that changed, relative to the source folder
 */
public record SourceChanges(boolean known, Set<Path> files) {

    /** Nothing is known: every file is checked. */
    public static final SourceChanges UNKNOWN = new SourceChanges(false, Set.of());

    public SourceChanges {
        files = Set.copyOf(files);
    }

    /** Exactly these files changed, and no folder. */
    public static SourceChanges only(Set<Path> files) {
        return new SourceChanges(true, files);
    }

    /** Whether the file may have changed. */
    public boolean mayHaveChanged(Path file) {
        return !known || files.contains(file);
    }
}

package dev.homepage;

import java.time.Duration;

/**
 * Hears of each phase of a build as it ends, so that a long build can be followed: the Maven goals print a
 * line per phase.
 */
@FunctionalInterface
public interface BuildProgress {

    /** Hears nothing. */
    BuildProgress SILENT = (phase, count, what, elapsed) -> {
    };

    /**
     * @param phase the phase: "config", "content", "bodies", "papers", "pages", "cv pdf" (sites with a CV page
     *     only) or "write"
     * @param count how many things the phase handled
     * @param what what they are ("files", "documents"...)
     * @param elapsed how long the phase took
     */
    void phaseDone(String phase, int count, String what, Duration elapsed);
}

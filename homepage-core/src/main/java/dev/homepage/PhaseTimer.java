package dev.homepage;

import java.time.Duration;

/** Times the phases of one build one after the other, and tells the request's listener as each ends. */
final class PhaseTimer {

    private final BuildProgress progress;
    private long phaseStart = System.nanoTime();

    PhaseTimer(BuildProgress progress) {
        this.progress = progress;
    }

    void done(String phase, int count, String what) {
        long now = System.nanoTime();
        progress.phaseDone(phase, count, what, Duration.ofNanos(now - phaseStart));
        phaseStart = now;
    }
}

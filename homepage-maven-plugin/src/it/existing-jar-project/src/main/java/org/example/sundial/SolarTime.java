package org.example.sundial;

import java.time.Duration;

/** The offset of local solar time from UTC at a longitude. */
public final class SolarTime {

    private SolarTime() {
    }

    public static Duration offset(double longitudeDegrees) {
        return Duration.ofSeconds(Math.round(longitudeDegrees * 240));
    }
}

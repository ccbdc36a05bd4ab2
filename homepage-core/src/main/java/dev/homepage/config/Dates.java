package dev.homepage.config;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date forms Jekyll sites write in front matter and file names. */
public final class Dates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[Tt]|\\s+)?(?:(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{1,2})?");

    private Dates() {
    }

    /**
     * Parses {@code 2024-03-05}, {@code 2024-03-05 12:00}, {@code 2024-03-05T12:00:00Z},
     * {@code 2024-03-05 12:00:00 -0400} and the like. A date without an offset is in the site's time zone.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId siteZone) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9)));
            LocalDateTime local = LocalDateTime.of(date, time);
            ZoneId zone = m.group(8) == null ? siteZone : offset(m.group(8));
            return Optional.of(ZonedDateTime.of(local, zone));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}

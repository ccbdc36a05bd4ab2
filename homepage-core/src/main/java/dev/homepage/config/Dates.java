package dev.homepage.config;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date forms Jekyll sites write in front matter and file names. */
public final class Dates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[Tt]|\\s+)?(?:(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{1,2})?");

    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})\\s+(?:-|–|to)\\s+\\S.*");

    private Dates() {
    }

    /**
     * Parses {@code 2024-03-05}, {@code 2024-03-05 12:00}, {@code 2024-03-05T12:00:00Z},
     * {@code 2024-03-05 12:00:00 -0400} and the like. A date without an offset is in the site's time zone.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId siteZone) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            // A range, 2020-10-01 - 2021-01-31, reads as its first date, as Ruby's Time.parse reads it for Jekyll.
            Matcher range = RANGE.matcher(text.strip());
            return range.matches() ? parse(range.group(1), siteZone) : Optional.empty();
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

    /**
     * Why a text written in one of the forms {@link #parse} reads names no moment, such as {@code 2025-13-45}: "there
     * is no month 13 (months go from 01 to 12)". Empty when the text is not in such a form, or is a real date.
     */
    public static Optional<String> whyNoSuchDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.of("there is no month " + month + " (months go from 01 to 12)");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        int day = Integer.parseInt(m.group(3));
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return Optional.of("there is no day " + day + " in " + yearMonth.getMonth()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " (it has "
                    + yearMonth.lengthOfMonth() + " days)");
        }
        if (m.group(4) != null) {
            if (Integer.parseInt(m.group(4)) > 23) {
                return Optional.of("there is no hour " + Integer.parseInt(m.group(4)) + " (hours go from 00 to 23)");
            }
            if (Integer.parseInt(m.group(5)) > 59 || m.group(6) != null && Integer.parseInt(m.group(6)) > 59) {
                return Optional.of("minutes and seconds go from 00 to 59");
            }
        }
        if (m.group(8) != null) {
            try {
                offset(m.group(8));
            } catch (DateTimeException | NumberFormatException e) {
                return Optional.of("there is no time zone offset " + m.group(8)
                        + " (offsets go from -18:00 to +18:00, such as +0200)");
            }
        }
        return Optional.empty();
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

package dev.homepage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The date forms of front matter and file names. */
class DatesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");

    private static ZonedDateTime parse(String text, ZoneId zone) {
        return Dates.parse(text, zone).orElseThrow(() -> new AssertionError("could not parse " + text));
    }

    @Test
    void aRangeReadsAsItsFirstDate() {
        assertThat(Dates.parse("2020-10-01 - 2021-01-31", ZoneOffset.UTC)).isEqualTo(Dates.parse("2020-10-01",
                ZoneOffset.UTC));
        assertThat(Dates.parse("2020-10-01 to present", ZoneOffset.UTC)).isPresent();
        assertThat(Dates.parse("2020-10-01 sometime", ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void dateAloneIsMidnightInTheSiteZone() {
        assertThat(parse("2024-03-05", UTC)).isEqualTo(ZonedDateTime.of(2024, 3, 5, 0, 0, 0, 0, UTC));
    }

    @Test
    void singleDigitMonthAndDayAreRead() {
        assertThat(parse("2024-3-5", UTC)).isEqualTo(ZonedDateTime.of(2024, 3, 5, 0, 0, 0, 0, UTC));
    }

    @Test
    void timeWithoutSeconds() {
        assertThat(parse("2024-03-05 12:00", UTC)).isEqualTo(ZonedDateTime.of(2024, 3, 5, 12, 0, 0, 0, UTC));
    }

    @Test
    void isoWithZulu() {
        ZonedDateTime date = parse("2024-03-05T12:00:00Z", DUBLIN);

        assertThat(date.toInstant()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 12, 0, 0, 0, UTC).toInstant());
        assertThat(date.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void rubyStyleOffsetWithoutColon() {
        ZonedDateTime date = parse("2024-03-05 12:00:00 -0400", UTC);

        assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(date.toLocalDateTime()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 12, 0, 0, 0, UTC).toLocalDateTime());
        assertThat(date.toInstant()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 16, 0, 0, 0, UTC).toInstant());
    }

    @Test
    void offsetWithColonAndHalfHour() {
        ZonedDateTime date = parse("2024-03-05T12:00:00+05:30", UTC);

        assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(date.toInstant()).isEqualTo(ZonedDateTime.of(2024, 3, 5, 6, 30, 0, 0, UTC).toInstant());
    }

    @Test
    void fractionalSeconds() {
        assertThat(parse("2024-03-05 12:00:00.5", UTC).getNano()).isEqualTo(500_000_000);
        assertThat(parse("2024-03-05T12:00:00.123456789Z", UTC).getNano()).isEqualTo(123_456_789);
    }

    @Test
    void theSiteZoneAppliesWhenNoOffsetIsWritten() {
        ZonedDateTime summer = parse("2024-07-01 09:30", DUBLIN);

        assertThat(summer.getZone()).isEqualTo(DUBLIN);
        assertThat(summer.toInstant()).isEqualTo(ZonedDateTime.of(2024, 7, 1, 8, 30, 0, 0, UTC).toInstant());
        assertThat(parse("2024-07-01 09:30 +0000", DUBLIN).toInstant())
                .isEqualTo(ZonedDateTime.of(2024, 7, 1, 9, 30, 0, 0, UTC).toInstant());
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(parse("  2024-03-05 \n", UTC).getDayOfMonth()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-40", "2024-02-30", "March 5", "March 5, 2024", "05/03/2024", "2024", "",
            "2024-03-05 25:00", "2024-03-05 12:00 +2500", "2024-03-05 and more"})
    void unreadableDatesGiveNothing(String text) {
        assertThat(Dates.parse(text, UTC)).isEmpty();
    }

    @Test
    void aDateOutOfRangeIsSaidToNotExistWithWhatIsWrong() {
        assertThat(Dates.parse("2025-13-45", UTC)).isEmpty();
        assertThat(Dates.whyNoSuchDate("2025-13-45")).contains("there is no month 13 (months go from 01 to 12)");
        assertThat(Dates.whyNoSuchDate("2024-02-30")).contains("there is no day 30 in February 2024 (it has 29 days)");
        assertThat(Dates.whyNoSuchDate("2024-04-31 10:00")).contains("there is no day 31 in April 2024 (it has 30 days)");
        assertThat(Dates.whyNoSuchDate("2024-04-01 25:00")).contains("there is no hour 25 (hours go from 00 to 23)");
        assertThat(Dates.whyNoSuchDate("2024-04-01 10:61")).contains("minutes and seconds go from 00 to 59");
        assertThat(Dates.whyNoSuchDate("2024-04-01 10:00 +1900")).get().asString().startsWith(
                "there is no time zone offset +1900");
    }

    @Test
    void aRealDateOrTextInAnotherFormHasNoSuchReason() {
        assertThat(Dates.whyNoSuchDate("2024-02-29")).isEmpty();
        assertThat(Dates.whyNoSuchDate("March 5, 2024")).isEmpty();
    }
}

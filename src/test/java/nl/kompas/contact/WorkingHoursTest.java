package nl.kompas.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Working time counts Monday to Friday, 9 to 17, in the firm's zone. */
class WorkingHoursTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Duration between(String from, String to) {
        return WorkingHours.between(
                ZonedDateTime.parse(from + "+01:00[Europe/Amsterdam]").toInstant(),
                ZonedDateTime.parse(to + "+01:00[Europe/Amsterdam]").toInstant(),
                AMSTERDAM);
    }

    @Test
    void withinOneWorkingDay() {
        assertEquals(Duration.ofHours(3), between("2026-11-23T10:00", "2026-11-23T13:00"));
    }

    @Test
    void eveningsAndNightsDoNotCount() {
        assertEquals(Duration.ofHours(2), between("2026-11-23T16:00", "2026-11-24T10:00"));
    }

    @Test
    void aFridayEveningRequestHasUsedNothingByMondayMorning() {
        assertEquals(Duration.ZERO, between("2026-11-27T18:00", "2026-11-30T09:00"));
        assertEquals(Duration.ofHours(8), between("2026-11-27T18:00", "2026-11-30T17:30"));
    }

    @Test
    void aWholeWeekIsForty() {
        assertEquals(Duration.ofHours(40), between("2026-11-23T00:00", "2026-11-30T00:00"));
    }
}

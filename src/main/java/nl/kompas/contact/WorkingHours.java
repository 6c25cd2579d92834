package nl.kompas.contact;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working time between two moments: Monday to Friday, 9:00 to 17:00 in the firm's zone. A request
 * that arrives on Friday evening has used none of its hours by Monday morning.
 */
final class WorkingHours {

    static final LocalTime START = LocalTime.of(9, 0);
    static final LocalTime END = LocalTime.of(17, 0);

    private WorkingHours() {}

    static Duration between(Instant from, Instant to, ZoneId zone) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        while (!day.isAfter(last)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                Instant open = ZonedDateTime.of(day, START, zone).toInstant();
                Instant close = ZonedDateTime.of(day, END, zone).toInstant();
                Instant start = from.isAfter(open) ? from : open;
                Instant end = to.isBefore(close) ? to : close;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            day = day.plusDays(1);
        }
        return total;
    }
}

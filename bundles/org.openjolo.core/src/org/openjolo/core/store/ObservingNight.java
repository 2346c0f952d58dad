package org.openjolo.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The night a moment belongs to, for files kept "one per night" (notes, CSV logs): a night runs from local
 * noon to the next local noon and is named by the date it starts on, so a session that crosses midnight stays
 * in one file and a note typed at 01:00 belongs to the previous date's night.
 */
public final class ObservingNight {

    /** When one night ends and the next begins, in local time. */
    public static final LocalTime STARTS = LocalTime.NOON;

    private ObservingNight() {
    }

    /**
     * The night of {@code time}: its date from local noon on, the day before until noon. Local time is what
     * counts, so the rule holds on the days clocks change too.
     */
    public static LocalDate of(ZonedDateTime time) {
        return time.toLocalTime().isBefore(STARTS) ? time.toLocalDate().minusDays(1) : time.toLocalDate();
    }

    /** The night {@code time} falls in, in {@code zone}. */
    public static LocalDate of(Instant time, ZoneId zone) {
        return of(time.atZone(zone));
    }
}

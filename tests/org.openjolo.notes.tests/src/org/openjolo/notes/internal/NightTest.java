package org.openjolo.notes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjolo.core.store.ObservingNight;
import org.openjolo.notes.Notes;

/** A night runs from local noon to the next local noon, also on the days clocks change. */
class NightTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @ParameterizedTest(name = "{0} belongs to the night of {1}")
    @CsvSource({
            "2026-12-01T12:00, 2026-12-01",
            "2026-12-01T21:14, 2026-12-01",
            "2026-12-01T23:59:59, 2026-12-01",
            "2026-12-02T00:00, 2026-12-01",
            "2026-12-02T01:00, 2026-12-01",
            "2026-12-02T11:59:59, 2026-12-01",
            "2026-12-02T12:00, 2026-12-02",
            "2027-01-01T03:00, 2026-12-31",
            // clocks go forward at 02:00 on 29 March 2026: 02:30 does not exist and becomes 03:30
            "2026-03-29T02:30, 2026-03-28",
            "2026-03-29T11:59, 2026-03-28",
            "2026-03-29T12:00, 2026-03-29",
            // clocks go back at 03:00 on 25 October 2026: 02:30 happens twice, both in the same night
            "2026-10-25T02:30, 2026-10-24",
            "2026-10-25T12:00, 2026-10-25" })
    void theNoonRule(LocalDateTime local, LocalDate night) {
        assertEquals(night, ObservingNight.of(ZonedDateTime.of(local, WARSAW)));
    }

    @Test
    void theNightsAroundAClockChangeAreOneHourShorterAndLonger() {
        ZonedDateTime springNoon = ZonedDateTime.of(LocalDateTime.parse("2026-03-28T12:00"), WARSAW);
        assertEquals(LocalDate.parse("2026-03-28"), ObservingNight.of(springNoon.plusHours(22).plusMinutes(59)));
        assertEquals(LocalDate.parse("2026-03-29"), ObservingNight.of(springNoon.plusHours(23)));

        ZonedDateTime autumnNoon = ZonedDateTime.of(LocalDateTime.parse("2026-10-24T12:00"), WARSAW);
        assertEquals(LocalDate.parse("2026-10-24"), ObservingNight.of(autumnNoon.plusHours(24).plusMinutes(59)));
        assertEquals(LocalDate.parse("2026-10-25"), ObservingNight.of(autumnNoon.plusHours(25)));
    }

    @Test
    void tonightIsTheNightOfTheServicesClock() {
        Clock oneAm = Clock.fixed(ZonedDateTime.of(LocalDateTime.parse("2026-12-02T01:00"), WARSAW).toInstant(), WARSAW);
        assertEquals(LocalDate.parse("2026-12-01"), new NoteFiles(() -> null, oneAm).tonight());
    }
}

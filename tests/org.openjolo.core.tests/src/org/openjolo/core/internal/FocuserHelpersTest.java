package org.openjolo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.NamedPositions;
import org.openjolo.core.NamedPositions.Entry;
import org.openjolo.core.io.Backlash;

class FocuserHelpersTest {

    @TempDir
    Path home;

    @Test
    void backlashAppliesOnlyInItsDirectionAndWithinTravel() {
        assertEquals(OptionalInt.of(1250), Backlash.overshoot(1000, 1200, 50, 25000), "positive: outward moves overshoot");
        assertEquals(OptionalInt.empty(), Backlash.overshoot(1000, 800, 50, 25000), "positive: inward moves go straight");
        assertEquals(OptionalInt.of(750), Backlash.overshoot(1000, 800, -50, 25000), "negative: inward moves overshoot");
        assertEquals(OptionalInt.empty(), Backlash.overshoot(1000, 1200, -50, 25000));
        assertEquals(OptionalInt.empty(), Backlash.overshoot(1000, 24980, 50, 25000), "no overshoot past the maximum");
        assertEquals(OptionalInt.empty(), Backlash.overshoot(100, 20, -50, 25000), "no overshoot below 0");
        assertEquals(OptionalInt.empty(), Backlash.overshoot(1000, 1000, 50, 25000));
        assertEquals(OptionalInt.empty(), Backlash.overshoot(1000, 1200, 0, 25000));
    }

    @Test
    void namedPositionsAreKeptRenamedAndDeleted() {
        NamedPositions p = new NamedPositions(new FileDeviceProfiles(() -> home).of("dev"));
        p.add("Ha filter", 12000, 25000);
        p.add("  parked ", 0, 25000);
        assertThrows(IllegalArgumentException.class, () -> p.add("parked", 5, 25000), "names are unique");
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> p.add("far", 30000, 25000));
        assertEquals("Position 30000 is outside the focuser's range 0 to 25000", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.add("", 5, 25000));
        p.rename("Ha filter", "OIII filter");
        assertEquals(List.of(new Entry("OIII filter", 12000), new Entry("parked", 0)),
                new NamedPositions(new FileDeviceProfiles(() -> home).of("dev")).list(), "kept across restarts");
        p.delete("parked");
        assertEquals(List.of(new Entry("OIII filter", 12000)), p.list());
    }
}

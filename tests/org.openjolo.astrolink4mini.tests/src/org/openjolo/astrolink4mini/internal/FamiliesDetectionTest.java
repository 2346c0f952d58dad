package org.openjolo.astrolink4mini.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.testing.DetectCheck;

/**
 * Detect with three families installed and one simulated device of each on its own pseudo-terminal: each is
 * found once, as its own family ({@link DetectCheck}), although the USB simulator answers the identify request like a mini.
 */
class FamiliesDetectionTest {

    @TempDir
    Path dir;

    @Test
    void eachDeviceIsFoundOnceAsItsOwnFamily() throws Exception {
        DetectCheck.eachFoundOnceAsItsOwnFamily(dir, List.of(AstroLink4.FAMILY_ID, AstroLink4Mini.FAMILY_ID, FocuserLink.FAMILY_ID),
                sims -> assertEquals(List.of("#", "q"), sims.get(1).faults().received().subList(0, 2), "the mini: identify, then one status read"));
    }
}

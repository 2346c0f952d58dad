package org.openjolo.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WarnLevelTest {

    @Test
    void orangeWithinTenPercentRedBeyond() {
        assertEquals(WarnLevel.OK, WarnLevel.below(8.9, 10));
        assertEquals(WarnLevel.WARNING, WarnLevel.below(9.1, 10));
        assertEquals(WarnLevel.WARNING, WarnLevel.below(10, 10));
        assertEquals(WarnLevel.ALERT, WarnLevel.below(10.01, 10));
        assertEquals(WarnLevel.OK, WarnLevel.above(12.5, 11));
        assertEquals(WarnLevel.WARNING, WarnLevel.above(12, 11));
        assertEquals(WarnLevel.ALERT, WarnLevel.above(10.9, 11));
        assertEquals(WarnLevel.ALERT, WarnLevel.WARNING.worst(WarnLevel.ALERT));
        assertEquals(WarnLevel.WARNING, WarnLevel.WARNING.worst(WarnLevel.OK));
    }
}

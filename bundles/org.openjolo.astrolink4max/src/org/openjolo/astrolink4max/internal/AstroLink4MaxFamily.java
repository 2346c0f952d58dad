package org.openjolo.astrolink4max.internal;

import java.util.List;

import org.openjolo.astrojolo.gen2.Gen2Family;
import org.openjolo.astrojolo.gen2.Gen2Model;
import org.openjolo.astrolink4max.AstroLink4Max;
import org.openjolo.core.DeviceFamily;
import org.osgi.service.component.annotations.Component;

/**
 * The AstroLink 4 MAX family service: the second-generation driver with one focuser (the hardware has one; the
 * makers' driver, a copy of the mini II's, still shows two), sky sensors and the regulated output, at 38400 baud.
 * Its identify reply tells it from the mini II and the micro; its device code is not public, so any code that is
 * not a number is taken.
 */
@Component(service = DeviceFamily.class)
public final class AstroLink4MaxFamily extends Gen2Family {

    /** The MAX as the shared driver sees it: both spellings of the identify reply, the indexed stop. */
    public static final Gen2Model DEVICE = new Gen2Model(AstroLink4Max.FAMILY_ID, AstroLink4Max.MODEL, AstroLink4Max.BAUD_RATE,
            List.of(AstroLink4Max.IDENTITY_PREFIX, AstroLink4Max.SIMULATION_IDENTITY_PREFIX), AstroLink4Max.IDENTITY_PREFIX.substring(2),
            AstroLink4Max.SIMULATED_DEVICE_CODE, Gen2Model.CodeRule.ANY_TEXT, Gen2Model.Stop.INDEXED, 1, true, true);

    @Override
    protected Gen2Model model() {
        return DEVICE;
    }
}

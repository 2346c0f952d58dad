package org.openjolo.astrolink4.internal.sim;

import java.util.function.LongSupplier;

import org.openjolo.astrojolo.gen1.sim.VirtualGen1Device;
import org.openjolo.astrolink4.internal.driver.AstroLink4Family;

/** The simulated AstroLink 4 USB: the first-generation firmware model with the USB's parts. */
public final class VirtualAstroLink4 extends VirtualGen1Device {

    /** @param nanoClock time source in nanoseconds ({@code System::nanoTime}, or a test's own clock) */
    public VirtualAstroLink4(LongSupplier nanoClock) {
        super(nanoClock, AstroLink4Family.DEVICE);
    }
}

package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * An output whose voltage the device regulates within a range (the AstroLink 4 mini II's 3–10 V output for a
 * camera, a fan or a heater of another voltage). Its voltage comes with every poll on the instance's
 * {@link org.openjolo.core.description.Quantities#OUTPUT_VOLTAGE} channel, whose {@code Limit} is the range the
 * device can set; a device that sets the voltage only with its own knob or panel describes the channel as not
 * settable ({@link org.openjolo.core.description.Channel#writable()}) and refuses {@link #setVoltage}.
 */
public interface RegulatedOutput extends Capability {

    /** Whether the output is on, as last read. */
    boolean isOn();

    /** The voltage the output gives, as last read, V (0 while off). */
    double voltage();

    /** Switches the output on (at its set voltage) or off. */
    CompletableFuture<Void> setOn(boolean on);

    /**
     * Sets the voltage; a value outside the channel's limit is refused in the limit's words and nothing is sent.
     */
    CompletableFuture<Void> setVoltage(double volts);
}

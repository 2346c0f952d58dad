package org.openjolo.core.io;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.SettingDescription;

/**
 * Temperature compensation done by an astrojolo firmware: its settings are fields of a {@link SettingsBlock}
 * (coefficient in hundredths of a step per °C, cycle, threshold, automatic flag, and where the block has one the
 * sensor), written by read-modify-write, and a request ({@code S:N}) applies what is pending when it exceeds N
 * steps. The FocuserLink and the FocuserOne v2 keep these in fields 8-11 of their one {@code u} block, the
 * FocuserOne v1 in a separate {@code e} block; the limits are the family's, in the capability description
 * ({@link org.openjolo.core.description.StandardCapabilities#firmwareCompensation}).
 */
public final class BlockCompensation implements FirmwareCompensation {

    /**
     * Where the compensation lives.
     *
     * @param letter      the block's read letter ({@code u}, {@code e})
     * @param fields      how many fields the block has at least
     * @param coefficient field of the coefficient, steps/°C × 100
     * @param cycle       field of the cycle, seconds
     * @param threshold   field of the threshold, steps
     * @param automatic   field of the automatic flag (0/1)
     * @param sensor      field of the sensor (0-based on the wire), or 0 where the device has one sensor only
     */
    public record Layout(char letter, int fields, int coefficient, int cycle, int threshold, int automatic, int sensor) {
    }

    private final DeviceConnection link;
    private final CapabilityDescription description;
    private final Supplier<DeviceDescription> device;
    private final Layout layout;
    private final IntFunction<String> compensateRequest;
    private volatile Config config = new Config(0, 20, 1, false, 30);

    /**
     * @param link              the device's connection
     * @param description       the capability's description, with the family's limits
     * @param device            the device's whole description (the sensor must be one of its temperature sensors)
     * @param layout            the block and its fields
     * @param compensateRequest the request applying pending compensation above a threshold ({@code S:N})
     */
    public BlockCompensation(DeviceConnection link, CapabilityDescription description, Supplier<DeviceDescription> device, Layout layout,
            IntFunction<String> compensateRequest) {
        this.link = link;
        this.description = description;
        this.device = device;
        this.layout = layout;
        this.compensateRequest = compensateRequest;
    }

    /** The capability's description (offer it with this object). */
    public CapabilityDescription description() {
        return description;
    }

    /** One of the settings of the description ({@link FirmwareCompensation#COEFFICIENT}…), for import rules. */
    public SettingDescription setting(String id) {
        return description.setting(id).orElseThrow(() -> new IllegalArgumentException(id + " is not described"));
    }

    /** Takes the settings from a block the driver read (the handshake, after another write to the same block). */
    public void update(SettingsBlock block) {
        int sensor = layout.sensor() == 0 ? 1 : Math.max(1, Math.min(2, block.get(layout.sensor()) + 1));
        config = new Config(block.get(layout.coefficient()) / 100.0, block.get(layout.threshold()), sensor, block.get(layout.automatic()) != 0,
                block.get(layout.cycle()));
    }

    /** Reads the block and takes the settings from it (for a device whose compensation has a block of its own). */
    public void read(LineExchange io) throws IOException {
        update(SettingsBlock.read(io, layout.letter(), layout.fields()));
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public CompletableFuture<Void> configure(Config c) {
        return Commands.checked(() -> c.check(description, device.get()), () -> link.submit("write the compensation settings", io -> {
            SettingsBlock.rewrite(io, layout.letter(), layout.fields(), block -> {
                block.set(layout.coefficient(), (int) Math.round(c.coefficient() * 100))
                        .set(layout.cycle(), c.cycleSeconds())
                        .set(layout.threshold(), c.threshold())
                        .set(layout.automatic(), c.automatic() ? 1 : 0);
                if (layout.sensor() != 0) {
                    block.set(layout.sensor(), c.sensor() - 1);
                }
            });
            read(io);
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> compensateNow(int threshold) {
        return Commands.checked(() -> setting(TRIGGER).check(threshold), () -> {
            String request = compensateRequest.apply(threshold);
            return link.submit("compensate (" + request + ")", io -> Fields.ack(request.charAt(0), io.exchange(request)));
        });
    }
}

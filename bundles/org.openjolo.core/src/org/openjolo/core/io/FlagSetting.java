package org.openjolo.core.io;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.HandController;

/**
 * An on/off device setting with its own read letter and write request, as the astrojolo firmwares have them:
 * a buzzer ({@code j} / {@code J:0|1:}) or manual control ({@code f} / {@code F:0|1}). The read reply is
 * {@code <letter>:<0|1>}; the write is acknowledged by its letter and read back.
 */
public class FlagSetting implements Buzzer, HandController {

    /** The device's link. */
    protected final DeviceConnection link;
    private final char readLetter;
    private final Function<Boolean, String> write;
    private final String name;
    private volatile boolean enabled;

    /**
     * @param link       the device's connection
     * @param readLetter the read request and the letter its reply echoes
     * @param write      the write request for on / off
     * @param name       what it is, for task names ("manual control")
     */
    public FlagSetting(DeviceConnection link, char readLetter, Function<Boolean, String> write, String name) {
        this.link = link;
        this.readLetter = readLetter;
        this.write = write;
        this.name = name;
    }

    /** Reads the flag from the device (on the I/O worker: handshake, after writes). */
    public void read(LineExchange io) throws IOException {
        enabled = Fields.parse(readLetter, io.exchange(String.valueOf(readLetter))).flag(1, name);
    }

    /** The read reply's value as sent ({@code 0} or {@code 1}), for a settings export. */
    public String readText(LineExchange io) throws IOException {
        return Fields.parse(readLetter, io.exchange(String.valueOf(readLetter))).text(1);
    }

    /** Writes the flag without reading it back (for a settings import that reads everything after). */
    public void write(LineExchange io, boolean on) throws IOException {
        String request = write.apply(on);
        Fields.ack(request.charAt(0), io.exchange(request));
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public CompletableFuture<Void> setEnabled(boolean on) {
        return link.submit("switch the " + name + (on ? " on" : " off"), io -> {
            write(io, on);
            read(io);
            return null;
        });
    }
}

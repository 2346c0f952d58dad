package org.openjolo.core;

import java.io.IOException;

/**
 * A connected device's protocol trace (the makers' "trace" check-box): every request and reply with its time
 * and round trip, every timeout and link error, and the connection's state changes. The last lines are always
 * kept in memory; while recording, they also go to {@code logs/trace/<device>.log}, flushed per line and rotated
 * at 5 MB. Get it from {@link DeviceRegistry#trace(Device)}.
 */
public interface ProtocolTrace extends DiagnosticLog {

    /** Whether the trace is being written to its file. */
    boolean isRecording();

    /**
     * Starts or stops writing to the file; remembered for the device, so its next connection records too.
     *
     * @throws IOException when the file cannot be opened (recording stays off)
     */
    void setRecording(boolean on) throws IOException;
}

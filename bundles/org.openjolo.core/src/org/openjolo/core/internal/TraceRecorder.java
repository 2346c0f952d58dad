package org.openjolo.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.openjolo.core.DeviceProfile;
import org.openjolo.core.ProtocolTrace;

/**
 * A device's {@link ProtocolTrace}, written by its I/O worker: a line per request, reply, failure or state
 * change. Rotated at 5 MB into one older part, so a night of tracing at 2 Hz stays bounded (about 10 MB).
 */
final class TraceRecorder extends LineLog implements ProtocolTrace {

    static final String PROFILE_KEY = "trace.recording";
    static final long ROTATE_BYTES = 5L * 1024 * 1024;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final DeviceProfile profile;
    private final Clock clock;

    TraceRecorder(Path file, DeviceProfile profile, Clock clock) {
        super(file, ROTATE_BYTES, 1);
        this.profile = profile;
        this.clock = clock;
    }

    /** Starts recording if the device was being recorded when it last disconnected. */
    void resume() {
        if (Boolean.parseBoolean(profile.get(PROFILE_KEY, "false"))) {
            try {
                open();
            } catch (IOException e) {
                note("the trace file " + file() + " could not be opened: " + e.getMessage());
            }
        }
    }

    void request(String request) {
        line("> " + request);
    }

    void reply(String reply, long micros) {
        line("< " + reply + "   (" + micros / 1000 + "." + (micros / 100) % 10 + " ms)");
    }

    void failure(String what, long micros) {
        line("! " + what + "   (after " + micros / 1000 + " ms)");
    }

    /** A remark such as a state change, so the trace reads as a story. */
    void note(String text) {
        line("# " + text);
    }

    private void line(String text) {
        add(LocalDateTime.now(clock).format(TIME) + "  " + text);
    }

    @Override
    public boolean isRecording() {
        return isOpen();
    }

    @Override
    public synchronized void setRecording(boolean on) throws IOException {
        if (on && !isOpen()) {
            open();
            note("trace started");
        } else if (!on && isOpen()) {
            note("trace stopped");
            close();
        }
        profile.put(PROFILE_KEY, Boolean.toString(on));
    }
}

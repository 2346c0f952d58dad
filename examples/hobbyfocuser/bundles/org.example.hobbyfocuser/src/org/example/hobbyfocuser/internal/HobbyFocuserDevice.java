package org.example.hobbyfocuser.internal;

import static org.openjolo.core.description.StandardCapabilities.focuserSetting;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.example.hobbyfocuser.HobbyFocuser;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.Commands;
import org.openjolo.core.io.ConnectedDevice;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.StepperFocuser;

/**
 * The driver: identify on connect, one status request per poll, a {@link Focuser} made from the core's
 * {@link StepperFocuser} (range checks and backlash for free). The workbench gives it the generic Focuser
 * part, Alpaca Focuser, alerts and stored positions.
 */
final class HobbyFocuserDevice extends ConnectedDevice {

    private final Motor focuser;

    HobbyFocuserDevice(DeviceConnection connection) {
        super(connection, HobbyFocuser.FAMILY_ID, HobbyFocuser.MODEL);
        focuser = new Motor(connection);
        offer(focuser.description(), focuser);
    }

    static String identify(String reply) throws DeviceException {
        if (reply == null || !reply.startsWith(Protocol.IDENTITY_PREFIX)) {
            throw new DeviceException(Reason.PROTOCOL_ERROR, "Not a hobby focuser: it answered '" + reply + "' to '?'");
        }
        return reply.substring(Protocol.IDENTITY_PREFIX.length());
    }

    @Override
    public String connected(LineExchange io) throws IOException, DeviceException {
        String firmware = identify(io.exchange(Protocol.IDENTIFY));
        setFirmware(firmware);
        focuser.update(Protocol.Status.parse(io.exchange(Protocol.STATUS)));
        return firmware;
    }

    @Override
    public Telemetry poll(LineExchange io) throws IOException {
        Protocol.Status s = Protocol.Status.parse(io.exchange(Protocol.STATUS));
        focuser.update(s);
        focuser.continueBacklash(io);
        return Telemetry.at(Instant.now())
                .put(StandardTelemetry.FOCUSER_POSITION, s.position())
                .put(StandardTelemetry.FOCUSER_MOVING, s.moving())
                .build();
    }

    /** The focuser: travel is the sketch's, backlash is the workbench's. */
    private static final class Motor extends StepperFocuser {

        /** The sketch has no settings of its own: the one the workbench offers is the backlash it applies. */
        private static final List<SettingDescription> SETTINGS = List.of(focuserSetting(Setting.BACKLASH, StandardCapabilities.BACKLASH));

        Motor(DeviceConnection link) {
            super(link, StandardCapabilities.focuser("focuser", "Focuser", SETTINGS), Protocol::goTo, Protocol.HALT, Protocol::sync);
        }

        void update(Protocol.Status s) {
            // the sketch reports moving, not steps to go: one step is enough for "moving"
            polled(s.position(), s.moving() ? 1 : 0);
            settingsRead(new FocuserSettings(s.max(), false, 0, 0, 0, 0, 0, 0, StepperMode.UNIPOLAR), false);
        }

        @Override
        protected void acknowledge(String request, String reply) throws IOException {
            Protocol.ok(reply);
        }

        @Override
        public CompletableFuture<Void> applySettings(FocuserSettings s) {
            return Commands.checked(() -> checkSettings(s), () -> link.submit("store the backlash", io -> {
                storeBacklash(s.backlash());
                return null;
            }));
        }
    }
}

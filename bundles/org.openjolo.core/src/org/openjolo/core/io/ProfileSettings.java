package org.openjolo.core.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjolo.core.capability.DeviceSettings;

/**
 * Base class for a driver's {@link DeviceSettings}: the part every family shares. The workbench's own values
 * for the device (its profile: labels, backlash, stored positions, calibrations) travel in the settings
 * document as {@code profile.<key>} entries; "reset on connect" is kept in the profile; the reset itself
 * pulses the line's DTR before the handshake ({@link #resetIfAsked}).
 */
public abstract class ProfileSettings implements DeviceSettings {

    /** Profile key of {@link #resetOnConnect()}. */
    public static final String RESET_ON_CONNECT = "device.resetOnConnect";
    /** Prefix of the profile's entries in a settings document. */
    public static final String PROFILE_PREFIX = "profile.";

    private static final System.Logger LOG = System.getLogger(ProfileSettings.class.getName());

    /** The device's link (its profile, and where commands are submitted). */
    protected final DeviceConnection link;

    /** @param link the device's connection */
    protected ProfileSettings(DeviceConnection link) {
        this.link = link;
    }

    /** Adds the device profile to an export, each key under {@link #PROFILE_PREFIX}. */
    protected final void exportProfile(Map<String, String> out) {
        link.profile().all().forEach((k, v) -> out.put(PROFILE_PREFIX + k, v));
    }

    /** The profile entries of an imported document, without their prefix. */
    protected static Map<String, String> profileEntries(Map<String, String> settings) {
        Map<String, String> profile = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(PROFILE_PREFIX)) {
                profile.put(k.substring(PROFILE_PREFIX.length()), v);
            }
        });
        return profile;
    }

    /** Whether an imported key is a profile entry (the family checks the others). */
    protected static boolean isProfileEntry(String key) {
        return key.startsWith(PROFILE_PREFIX);
    }

    @Override
    public boolean resetOnConnect() {
        return link.profile().getBoolean(RESET_ON_CONNECT, false);
    }

    @Override
    public void setResetOnConnect(boolean reset) {
        link.profile().put(RESET_ON_CONNECT, Boolean.toString(reset));
    }

    /**
     * Call first in the handshake: resets the device through the line when the operator asked for it; a line
     * without DTR (TCP, a pseudo-terminal) is logged, and the handshake goes on.
     */
    public final void resetIfAsked(LineExchange io) throws IOException {
        if (resetOnConnect() && !io.resetDevice()) {
            LOG.log(System.Logger.Level.WARNING, "{0}: reset on connect asked for, but the line has no DTR to pulse", link.address().displayName());
        }
    }
}

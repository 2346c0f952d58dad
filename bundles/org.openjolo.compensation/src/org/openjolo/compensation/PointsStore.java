package org.openjolo.compensation;

import java.io.IOException;
import java.util.List;

import org.openjolo.core.Device;
import org.openjolo.core.ProfileKeys;

/**
 * The calculator's points, kept per device focuser and per filter (focus shifts between filters, so points of
 * different filters must not be mixed) under {@code compensation/} in the instance location, collected across
 * sessions. An OSGi service.
 */
public interface PointsStore {

    /**
     * The key the points of focuser instance {@code focuserId} of a device are kept under: the device's
     * identity key for its first focuser (where the points were kept before devices had a second), with
     * {@code #<focuserId>} after it for another.
     */
    static String deviceKey(Device device, String focuserId) {
        String key = device.identity().key();
        return ProfileKeys.isFirstFocuser(focuserId) ? key : key + "#" + focuserId;
    }

    /** The filters that have points for this device, sorted. */
    List<String> filters(String deviceKey);

    /**
     * The points of a device and filter; none when there are none yet.
     *
     * @throws IOException when the file cannot be read: it has been moved aside, the message says where, and the
     *                     next load starts empty
     */
    List<CompensationPoint> load(String deviceKey, String filter) throws IOException;

    /**
     * Replaces the points of a device and filter (atomically).
     *
     * @throws IllegalArgumentException for a filter name that is empty or longer than 32 characters
     */
    void save(String deviceKey, String filter, List<CompensationPoint> points) throws IOException;
}

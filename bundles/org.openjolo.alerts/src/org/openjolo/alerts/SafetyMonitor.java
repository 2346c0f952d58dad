package org.openjolo.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The observatory's safe/unsafe state: unsafe as soon as any critical rule is in ALERT; safe again only when
 * every critical rule has been out of ALERT for the whole hold-off time (so a value hovering at its limit does
 * not make the roof open and close). Times are given, not read, so a simulated night can be fed quickly.
 */
public final class SafetyMonitor {

    private Duration holdOff;
    private boolean safe = true;
    private Instant clearSince;

    /** @param holdOff how long all critical rules must be out of ALERT before it is safe again */
    public SafetyMonitor(Duration holdOff) {
        setHoldOff(holdOff);
    }

    /** Changes the hold-off; a hold-off already running is measured against the new one. */
    public synchronized void setHoldOff(Duration newHoldOff) {
        if (newHoldOff.isNegative()) {
            throw new IllegalArgumentException("The hold-off cannot be negative");
        }
        holdOff = newHoldOff;
    }

    /** The hold-off. */
    public synchronized Duration holdOff() {
        return holdOff;
    }

    /**
     * Feeds the states of the critical rules at {@code now}.
     *
     * @return whether the state changed
     */
    public synchronized boolean update(Instant now, Collection<AlertState> criticalStates) {
        boolean alert = criticalStates.contains(AlertState.ALERT);
        boolean before = safe;
        if (alert) {
            safe = false;
            clearSince = null;
        } else if (!safe) {
            if (clearSince == null) {
                clearSince = now;
            }
            if (!now.isBefore(clearSince.plus(holdOff))) {
                safe = true;
                clearSince = null;
            }
        }
        return before != safe;
    }

    /** Whether the observatory is safe. */
    public synchronized boolean isSafe() {
        return safe;
    }
}

package org.openjolo.core.io;

import java.util.OptionalInt;

/**
 * Backlash compensation done by the workbench on the moves it issues (the makers' drivers do the same; the
 * devices know nothing about it): a positive backlash applies to outward moves, a negative one to inward
 * moves; such a move first goes {@code |backlash|} steps past the target, then comes back to it, so the
 * gears always meet the target from the same side.
 */
public final class Backlash {

    private Backlash() {
    }

    /**
     * Where to go first, if backlash applies to this move.
     *
     * @param position current position
     * @param target   final target
     * @param backlash signed backlash in steps
     * @param max      maximum position; an overshoot beyond 0..max is skipped (the move goes straight)
     * @return the overshoot position, or empty when the move goes straight to the target
     */
    public static OptionalInt overshoot(int position, int target, int backlash, int max) {
        if (backlash == 0 || target == position) {
            return OptionalInt.empty();
        }
        boolean outward = target > position;
        if (outward != backlash > 0) {
            return OptionalInt.empty();
        }
        long first = (long) target + backlash;
        return first < 0 || first > max ? OptionalInt.empty() : OptionalInt.of((int) first);
    }
}

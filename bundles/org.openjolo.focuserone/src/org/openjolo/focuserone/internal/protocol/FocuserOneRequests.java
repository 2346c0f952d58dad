package org.openjolo.focuserone.internal.protocol;

/**
 * Where the FocuserOne's requests differ from the first-generation astrojolo requests
 * ({@link org.openjolo.astrojolo.gen1.protocol.Requests}), which both firmwares otherwise take byte for byte:
 * {@code #}, {@code q}, {@code u}, {@code j}/{@code J:x:}, {@code F:x}, {@code R:0:<target>}, {@code H}, {@code S:<n>}.
 */
public final class FocuserOneRequests {

    private FocuserOneRequests() {
    }

    /** v2 sync: no focuser index (the makers' driver changed {@code P:0:} to {@code P:} for v2); v1 takes the first generation's. */
    public static String sync(int position) {
        return "P:" + position;
    }
}

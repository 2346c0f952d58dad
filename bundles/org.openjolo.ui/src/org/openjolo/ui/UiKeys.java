package org.openjolo.ui;

/** Keys of values the workbench keeps in the application's E4 context. */
public final class UiKeys {

    private UiKeys() {
    }

    /**
     * The {@link org.openjolo.core.Device} the operator is working with. Parts inject it with
     * {@code @Inject @Optional @Named(UiKeys.ACTIVE_DEVICE) Device device} and are re-injected when it changes.
     */
    public static final String ACTIVE_DEVICE = "org.openjolo.ui.activeDevice";

    /**
     * Tag of a part that shows one capability of the active device: {@code openjolo.capability=<interface>},
     * e.g. {@code openjolo.capability=org.openjolo.core.capability.Focuser}. The part is in the window only
     * while the active device has an instance of one of the capabilities its tags name (a part may carry
     * several: Outputs shows switches and PWM outputs). A plugin's part gets the same treatment by carrying
     * the tag in its fragment.
     */
    public static final String CAPABILITY_TAG = "openjolo.capability=";

    /**
     * Tag of a capability part that shows one capability instance: a device with two focusers gets two of
     * them, each labelled with its instance's name: the name alone where it begins with the part's label
     * ("Focuser 2" for the Focuser part), else after it ("Compensation (Focuser 2)"). The part finds its
     * instance with {@link org.openjolo.ui.parts.DevicePart#instance(Class)}.
     */
    public static final String PER_INSTANCE_TAG = "openjolo.perInstance";

    /**
     * Persisted-state key of a copy of a per-instance part: the id of the capability instance it shows. The
     * part the fragment contributed has none and shows the first instance.
     */
    public static final String INSTANCE_STATE = "openjolo.instance";
}

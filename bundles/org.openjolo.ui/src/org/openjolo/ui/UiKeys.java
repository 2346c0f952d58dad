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
}

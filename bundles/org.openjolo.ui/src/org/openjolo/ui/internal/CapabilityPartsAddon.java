package org.openjolo.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.openjolo.core.Device;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.ui.UiKeys;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Makes the window follow what the active device has: a part tagged {@link UiKeys#CAPABILITY_TAG} is rendered
 * only while the device has one of the capabilities it names, and a part also tagged
 * {@link UiKeys#PER_INSTANCE_TAG} is repeated for every instance after the first (a copy right after the
 * part, with the instance id in its persisted state and the instance's name in its label; the part itself
 * shows the first instance). Parts come and go in the model,
 * so the renderer creates and disposes them; no part hides its own widgets.
 */
public final class CapabilityPartsAddon {

    /** Tag of the copies this addon made, so they can be told from the parts the fragments contributed. */
    static final String COPY_TAG = "openjolo.instanceCopy";

    @Inject
    MApplication application;

    @Inject
    EModelService models;

    /** Called at creation (after the fields) and whenever another device becomes the active one. */
    @Inject
    void activeDevice(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device device) {
        apply(device == null ? DeviceDescription.EMPTY : device.description());
    }

    /** Shows, repeats and removes the capability parts for a device described as {@code d}. */
    void apply(DeviceDescription d) {
        List<MPart> parts = models.findElements(application, null, MPart.class);
        for (MPart copy : parts) {
            if (copy.getTags().contains(COPY_TAG) && !wanted(copy, d)) {
                remove(copy);
            }
        }
        for (MPart part : parts) {
            if (part.getTags().contains(COPY_TAG) || types(part).isEmpty()) {
                continue;
            }
            List<CapabilityDescription> instances = instances(part, d);
            boolean appears = !part.isToBeRendered() && !instances.isEmpty();
            part.setToBeRendered(!instances.isEmpty());
            if (appears) {
                selectIfFirst(part);
            }
            if (!part.getTags().contains(UiKeys.PER_INSTANCE_TAG) || instances.isEmpty()) {
                continue;
            }
            if (part.getPersistedState().get(LABEL) == null) {
                part.getPersistedState().put(LABEL, part.getLabel());
            }
            String label = part.getPersistedState().get(LABEL);
            part.setLabel(instances.size() == 1 ? label : label(label, instances.get(0)));
            MUIElement after = part;
            for (CapabilityDescription instance : instances.subList(1, instances.size())) {
                MPart copy = copyOf(part, instance.id());
                if (copy == null) {
                    copy = (MPart) models.cloneElement(part, null);
                    copy.getTags().add(COPY_TAG);
                    copy.setElementId(part.getElementId() + ":" + instance.id());
                    copy.getPersistedState().put(UiKeys.INSTANCE_STATE, instance.id());
                    MElementContainer<MUIElement> parent = part.getParent();
                    parent.getChildren().add(parent.getChildren().indexOf(after) + 1, copy);
                }
                copy.setLabel(label(label, instance));
                copy.setToBeRendered(true);
                after = copy;
            }
        }
    }

    private static final String LABEL = "openjolo.label";

    /**
     * The label of a per-instance part showing {@code instance}: its name where that already says what the part
     * shows ("Focuser 2" for the Focuser part), else the part's label with it ("Compensation (Focuser 2)"), so
     * two parts of the same instance are told apart.
     */
    static String label(String partLabel, CapabilityDescription instance) {
        return instance.name().startsWith(partLabel) ? instance.name() : partLabel + " (" + instance.name() + ")";
    }

    /**
     * A part that comes back as the first tab of its stack becomes the stack's shown tab, as it was when the
     * window opened: connecting a focuser shows the Focuser part, not whichever tab was left in front while
     * it was away.
     */
    private static void selectIfFirst(MPart part) {
        Object parent = part.getParent();
        if (parent instanceof org.eclipse.e4.ui.model.application.ui.basic.MPartStack stack
                && stack.getChildren().stream().filter(MUIElement::isToBeRendered).findFirst().orElse(null) == part) {
            stack.setSelectedElement(part);
        }
    }

    private MPart copyOf(MPart part, String instanceId) {
        return models.findElements(application, part.getElementId() + ":" + instanceId, MPart.class).stream().findFirst().orElse(null);
    }

    private boolean wanted(MPart copy, DeviceDescription d) {
        String instance = copy.getPersistedState().get(UiKeys.INSTANCE_STATE);
        return instances(copy, d).stream().skip(1).anyMatch(c -> Objects.equals(c.id(), instance));
    }

    private static void remove(MPart copy) {
        copy.setToBeRendered(false);
        MElementContainer<MUIElement> parent = copy.getParent();
        if (parent != null) {
            parent.getChildren().remove(copy);
        }
    }

    /** The device's instances of the capabilities the part names, in the order the part names them. */
    private static List<CapabilityDescription> instances(MPart part, DeviceDescription d) {
        List<CapabilityDescription> all = new ArrayList<>();
        for (String type : types(part)) {
            d.capabilities().stream().filter(c -> c.type().getName().equals(type)).forEach(all::add);
        }
        return all;
    }

    /**
     * The names of the capability interfaces a part's tags name. Names, not classes: the model is text, and a
     * plugin's part may name a capability interface of its own that this bundle cannot load.
     */
    static List<String> types(MPart part) {
        return part.getTags().stream().filter(t -> t.startsWith(UiKeys.CAPABILITY_TAG)).map(t -> t.substring(UiKeys.CAPABILITY_TAG.length())).toList();
    }
}

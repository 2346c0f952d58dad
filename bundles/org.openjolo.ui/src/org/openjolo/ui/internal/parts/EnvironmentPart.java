package org.openjolo.ui.internal.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openjolo.alerts.AlertValues;
import org.openjolo.core.Telemetry;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.ChannelKind;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.SkyCondition;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.DevicePart;

/**
 * Temperature, humidity, dew point and whatever else each of the device's sensors measures (one row per
 * sensor instance of its description), sky temperature with the sky condition, sky brightness;
 * an unplugged sensor shows as absent, never as 0. Cloud thresholds and the SQM calibration are edited here.
 */
public final class EnvironmentPart extends DevicePart {

    private static final String ABSENT = "no sensor";
    private static final String NOT_MEASURED = "not measured";
    /** The quantities every sensor table starts with, in the manual's order; others follow as a device has them. */
    private static final List<String> CLIMATE = List.of(Quantities.TEMPERATURE, Quantities.HUMIDITY, Quantities.DEW_POINT);
    private SkySensors sky;
    private List<CapabilityDescription> sensors = List.of();
    /** The table's columns: quantities with a header label and a unit. */
    private List<Channel<?>> columns = List.of();
    private Label[][] climate;
    /** Per sensor, how far its temperature is above its dew point; null for a sensor without both. */
    private Label[] dewMargins;
    /** The sky description's number channels, each with its row's value label. */
    private final Map<Channel<?>, Label> skyRows = new LinkedHashMap<>();
    private Label condition;

    @Override
    protected String createControls(Composite parent) {
        // the part is rebuilt for each device: nothing of the previous one's widgets may stay
        skyRows.clear();
        condition = null;
        sensors = device.description().of(EnvironmentSensors.class);
        sky = device.capability(SkySensors.class).orElse(null);
        if (sensors.isEmpty() && sky == null) {
            return device + " has no environment sensors.";
        }
        columns = columns(sensors);
        climate = new Label[sensors.size()][columns.size()];
        dewMargins = new Label[sensors.size()];
        boolean anyMargin = sensors.stream().anyMatch(EnvironmentPart::hasDewMargin);
        if (!sensors.isEmpty()) {
            Group g = new Group(parent, SWT.NONE);
            g.setText("Temperature and humidity");
            // columns as wide as their values, so every one of them is in view in a narrow part
            GridLayout table = new GridLayout(columns.size() + (anyMargin ? 2 : 1), false);
            table.horizontalSpacing = 14;
            g.setLayout(table);
            g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(g, SWT.NONE).setText("");
            for (Channel<?> c : columns) {
                new Label(g, SWT.NONE).setText(header(c));
            }
            if (anyMargin) {
                new Label(g, SWT.NONE).setText("Dew margin");
            }
            for (int i = 0; i < sensors.size(); i++) {
                new Label(g, SWT.NONE).setText(sensors.get(i).name());
                for (int j = 0; j < columns.size(); j++) {
                    climate[i][j] = new Label(g, SWT.NONE);
                    climate[i][j].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
                }
                if (anyMargin) {
                    Label margin = new Label(g, SWT.NONE);
                    margin.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
                    margin.setToolTipText("The sensor's temperature above its dew point: at 0 dew forms");
                    dewMargins[i] = hasDewMargin(sensors.get(i)) ? margin : null;
                }
            }
        }
        CapabilityDescription skyDescription = device.description().first(SkySensors.class).orElse(null);
        if (sky != null && skyDescription != null) {
            Group g = new Group(parent, SWT.NONE);
            g.setText("Sky");
            g.setLayout(new GridLayout(2, false));
            g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            for (Channel<?> c : skyDescription.channels()) {
                if (c.kind() == ChannelKind.NUMBER) {
                    skyRows.put(c, row(g, c.label()));
                }
            }
            if (skyDescription.channel(Quantities.SKY_AMBIENT_DIFFERENCE).isPresent()) {
                condition = row(g, "Sky condition");
            }
            skySettings(parent, skyDescription);
        }
        return null;
    }

    /** The cloud thresholds and the SQM calibration, where the sky description has them. */
    private void skySettings(Composite parent, CapabilityDescription skyDescription) {
        SettingDescription threshold = skyDescription.setting(SkySensors.CLOUD_THRESHOLD).orElse(null);
        SettingDescription offsetSetting = skyDescription.setting(SkySensors.SQM_OFFSET).orElse(null);
        SettingDescription coefficientSetting = skyDescription.setting(SkySensors.SQM_COEFFICIENT).orElse(null);
        if (threshold == null && offsetSetting == null) {
            return;
        }
        Group settings = new Group(parent, SWT.NONE);
        settings.setText("Cloud sensor thresholds and SQM calibration (applied by the workbench)");
        settings.setLayout(new GridLayout(6, false));
        settings.setData(ALWAYS_ENABLED, Boolean.TRUE);
        settings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (threshold != null) {
            new Label(settings, SWT.NONE).setText("Thresholds [" + threshold.limit().unit() + "]");
            double[] t = sky.cloudThresholds();
            Text[] th = new Text[t.length];
            for (int i = 0; i < t.length; i++) {
                th[i] = settingText(settings, threshold, t[i], 40);
            }
            Button applyT = new Button(settings, SWT.PUSH);
            applyT.setText("Apply");
            applyT.addListener(SWT.Selection, e -> {
                double[] v = new double[th.length];
                for (int i = 0; i < th.length; i++) {
                    Double d = number(threshold.limit(), threshold.label() + " " + (i + 1), th[i].getText());
                    if (d == null) {
                        return;
                    }
                    v[i] = d;
                }
                apply(() -> sky.setCloudThresholds(v), "Cloud thresholds");
            });
        }
        if (offsetSetting != null && coefficientSetting != null) {
            SkySensors.SqmCalibration c = sky.sqmCalibration();
            Text offset = settingField(settings, offsetSetting, c.offset());
            Text coefficient = settingField(settings, coefficientSetting, c.coefficient());
            Button applyS = new Button(settings, SWT.PUSH);
            applyS.setText("Apply");
            applyS.addListener(SWT.Selection, e -> {
                Double o = number(offsetSetting.limit(), offsetSetting.label(), offset.getText());
                Double k = o == null ? null : number(coefficientSetting.limit(), coefficientSetting.label(), coefficient.getText());
                if (k != null) {
                    apply(() -> sky.setSqmCalibration(new SkySensors.SqmCalibration(o, k)), "SQM calibration");
                }
            });
            Button resetSqm = new Button(settings, SWT.PUSH);
            resetSqm.setText("Reset SQM calibration");
            resetSqm.setToolTipText("Offset 0, coefficient 1. The sensor's own factory reset has no public command.");
            resetSqm.addListener(SWT.Selection, e -> {
                apply(() -> sky.setSqmCalibration(SkySensors.SqmCalibration.NONE), "SQM calibration reset");
                offset.setText(offsetSetting.limit().format(SkySensors.SqmCalibration.NONE.offset()));
                coefficient.setText(coefficientSetting.limit().format(SkySensors.SqmCalibration.NONE.coefficient()));
            });
            Button dark = new Button(settings, SWT.PUSH);
            dark.setText("Dark calibrate");
            dark.setEnabled(false);
            dark.setData(ALWAYS_ENABLED, Boolean.TRUE);
            dark.setToolTipText("Not available: no public source shows the command that starts the sensor's dark calibration");
        }
    }

    private void apply(Runnable change, String what) {
        try {
            change.run();
            say(Severity.INFO, what + " saved");
        } catch (IllegalArgumentException e) {
            say(Severity.ERROR, e.getMessage());
        }
    }



    /**
     * One column per quantity any sensor measures: temperature, humidity and dew point first, then a device's
     * others (pressure…) in the order its sensors list them. The column shows the first such channel's
     * label without the sensor's number, and its unit.
     */
    static List<Channel<?>> columns(List<CapabilityDescription> sensors) {
        Map<String, Channel<?>> byQuantity = new LinkedHashMap<>();
        for (String q : CLIMATE) {
            sensors.stream().flatMap(d -> d.channel(q).stream()).findFirst().ifPresent(c -> byQuantity.put(q, c));
        }
        for (CapabilityDescription d : sensors) {
            for (Channel<?> c : d.channels()) {
                if (c.kind() == ChannelKind.NUMBER) {
                    byQuantity.putIfAbsent(c.quantity(), c);
                }
            }
        }
        return List.copyOf(byQuantity.values());
    }

    private static String header(Channel<?> c) {
        return c.label().replaceAll("\\s*#\\d+$", "");
    }

    @Override
    protected void refresh() {
        Telemetry t = device == null ? null : device.latestTelemetry().orElse(null);
        for (int i = 0; i < sensors.size(); i++) {
            CapabilityDescription sensor = sensors.get(i);
            // a sensor that reports its first value is plugged in: what it lacks, it does not measure
            boolean present = t != null && sensor.channels().stream().anyMatch(c -> t.has(c.key()));
            for (int j = 0; j < columns.size(); j++) {
                Channel<?> channel = sensor.channel(columns.get(j).quantity()).orElse(null);
                Label cell = climate[i][j];
                if (channel == null) {
                    cell.setText(NOT_MEASURED);
                    cell.setForeground(null);
                    continue;
                }
                Object v = t == null ? null : t.values().get(channel.key());
                cell.setText(t == null ? "\u2014" : v instanceof Number n ? format(channel, n.doubleValue()) : present ? NOT_MEASURED : ABSENT);
                cell.setForeground(stateColor(channel.key()));
            }
        }
        for (int i = 0; i < sensors.size(); i++) {
            if (dewMargins[i] != null) {
                showDewMargin(dewMargins[i], t, sensors.get(i), i + 1);
            }
        }
        skyRows.forEach((channel, label) -> {
            label.setText(valueText(t, channel, ABSENT));
            label.setForeground(stateColor(channel.key()));
        });
        if (condition != null) {
            SkyCondition c = sky.condition().orElse(null);
            condition.setText(c == null ? ABSENT : symbol(c) + "  " + c.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            condition.setForeground(c == null ? null : c.ordinal() <= 1 ? Colors.GREEN : c.ordinal() == 2 ? Colors.ORANGE : Colors.GREY);
            condition.getParent().layout(true);
        }
    }

    private static boolean hasDewMargin(CapabilityDescription sensor) {
        return sensor.channel(Quantities.TEMPERATURE).isPresent() && sensor.channel(Quantities.DEW_POINT).isPresent();
    }

    /** "dew in 3.1 °C", or "dew now" at or below the dew point; coloured by the alerts' dew-point-margin rule. */
    private void showDewMargin(Label label, Telemetry t, CapabilityDescription sensor, int number) {
        Channel<?> temperature = sensor.channel(Quantities.TEMPERATURE).orElseThrow();
        Channel<?> dewPoint = sensor.channel(Quantities.DEW_POINT).orElseThrow();
        Object temp = t == null ? null : t.values().get(temperature.key());
        Object dew = t == null ? null : t.values().get(dewPoint.key());
        if (temp instanceof Number a && dew instanceof Number b) {
            double margin = a.doubleValue() - b.doubleValue();
            label.setText(margin <= 0 ? "dew now" : String.format(Locale.ROOT, "dew in %.1f %s", margin, temperature.unit()));
            label.setForeground(Colors.of(alerts.state(device, AlertValues.dewPointMargin(number))));
        } else {
            label.setText(t == null ? "\u2014" : ABSENT);
            label.setForeground(null);
        }
    }

    private static String symbol(SkyCondition c) {
        return switch (c) {
            // symbols the common desktop fonts have (no emoji plane)
            case CLEAR, MOSTLY_CLEAR -> "\u2600";
            case PARTLY_CLOUDY -> "\u26C5";
            case MOSTLY_CLOUDY -> "\u2601";
            case OVERCAST -> "\u2601\u2601";
        };
    }


    /** For tests: sensor rows as shown, the dew margin last where the sensor has one. */
    String sensorRow(int index) {
        String row = String.join("|", java.util.Arrays.stream(climate[index]).map(Label::getText).toList());
        return dewMargins[index] == null ? row : row + "|" + dewMargins[index].getText();
    }

    /** For tests. */
    String conditionText() {
        return condition.getText();
    }
}

package org.openjolo.alerts;

import java.util.List;

import org.openjolo.core.StandardTelemetry;

/**
 * The environment limits the makers' INDI drivers set (docs/protocol/README.md, "INDI weather/safety
 * semantics"), without their quirks: the dew point uses the second-generation range −25…20 °C, not 0…100 °C
 * (under which a dew point below 0 °C was an alert), and humidity has only a maximum, so dry air never warns.
 * None is critical: the operator chooses what makes the observatory unsafe.
 */
public final class DefaultRules {

    private DefaultRules() {
    }

    /** The defaults. */
    public static List<AlertRule> environment() {
        return List.of(
                new AlertRule(StandardTelemetry.TEMPERATURE_1.id(), "Temperature", -15, 35, 15, false),
                new AlertRule(StandardTelemetry.HUMIDITY_1.id(), "Humidity", Double.NaN, 100, 15, false),
                new AlertRule(StandardTelemetry.DEW_POINT_1.id(), "Dew point", -25, 20, 15, false),
                new AlertRule(StandardTelemetry.SKY_TEMPERATURE.id(), "Sky temperature", -50, 20, 20, false),
                new AlertRule(StandardTelemetry.SKY_AMBIENT_DIFFERENCE.id(), "Ambient − sky", -5, 40, 10, false),
                new AlertRule(StandardTelemetry.SKY_QUALITY.id(), "Sky brightness", 10, 25, 15, false));
    }
}

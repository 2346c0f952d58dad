package org.openjolo.core.spi;

/** For virtual devices: the dew point the astrojolo firmwares compute from temperature and humidity. */
public final class DewPoint {

    private DewPoint() {
    }

    /**
     * The Magnus formula (Sonntag's constants), as the firmwares use it.
     *
     * @param celsius  air temperature, °C
     * @param humidity relative humidity, % (above 0)
     * @return the dew point, °C
     */
    public static double of(double celsius, double humidity) {
        double a = 17.62;
        double b = 243.12;
        double g = Math.log(humidity / 100.0) + a * celsius / (b + celsius);
        return b * g / (a - g);
    }
}

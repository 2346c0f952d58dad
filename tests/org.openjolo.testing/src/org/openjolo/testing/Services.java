package org.openjolo.testing;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Looks up OSGi services in the test runtime, waiting for Declarative Services to register them. */
public final class Services {

    private Services() {
    }

    /** The service, waiting up to 10 s; fails with a clear message when it never comes. */
    public static <T> T await(Class<T> type) {
        BundleContext bc = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bc, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            if (service == null) {
                throw new AssertionError("No " + type.getName() + " service registered within 10 s");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

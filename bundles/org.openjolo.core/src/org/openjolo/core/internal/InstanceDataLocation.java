package org.openjolo.core.internal;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.openjolo.core.DataLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/** The instance location of the running Equinox ({@code -data}), else {@code ~/.openjolo}. */
@Component(service = DataLocation.class)
public final class InstanceDataLocation implements DataLocation {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, target = "(type=osgi.instance.area)")
    volatile Location instance;

    @Override
    public Path root() {
        Location l = instance;
        URL url = l == null ? null : l.getURL();
        if (url != null && "file".equals(url.getProtocol())) {
            return new File(url.getPath()).toPath();
        }
        return Path.of(System.getProperty("user.home"), ".openjolo");
    }
}

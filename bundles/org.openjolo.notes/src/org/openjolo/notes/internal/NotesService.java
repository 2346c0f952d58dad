package org.openjolo.notes.internal;

import java.time.Clock;

import org.openjolo.core.DataLocation;
import org.openjolo.notes.Notes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The notes service: the files under the instance location's {@code notes/} folder. */
@Component(service = Notes.class)
public final class NotesService extends NoteFiles {

    @Activate
    public NotesService(@Reference DataLocation location) {
        super(location::notes, Clock.systemDefaultZone());
    }
}

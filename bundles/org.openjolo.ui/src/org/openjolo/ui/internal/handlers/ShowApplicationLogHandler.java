package org.openjolo.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.openjolo.core.ApplicationLog;
import org.openjolo.ui.internal.parts.TextViewer;

import jakarta.inject.Named;

/** Help &gt; Show Application Log: the warnings and errors of this and earlier runs, to read or attach to a report. */
public final class ShowApplicationLogHandler {

    @Execute
    void show(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ApplicationLog log) {
        String title = "Application log  (" + log.file() + ")";
        TextViewer.show(shell, title, () -> new TextViewer(shell, title, log, log.file().getFileName().toString()));
    }
}

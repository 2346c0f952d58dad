package org.openjolo.ui.internal.parts;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failed future's exception into the sentence the operator sees. */
public final class Errors {

    private Errors() {
    }

    public static String message(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}

package org.newsgraph.source;

/** A document that cannot be read: the message names the file and the reason, e.g. "x.pdf: not a PDF". */
public final class SourceException extends Exception {

    public SourceException(String name, String reason) {
        super(name + ": " + reason);
    }

    public SourceException(String name, String reason, Throwable cause) {
        super(name + ": " + reason, cause);
    }
}

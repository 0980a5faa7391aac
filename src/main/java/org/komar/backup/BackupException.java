package org.komar.backup;

/** A backup or restore that did not happen, with a message for the person at the command line. */
public final class BackupException extends Exception {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}

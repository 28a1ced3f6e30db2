package org.matchday.rest;

import io.vertx.core.VertxException;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/** Recognises the failure of reading a body whose client closed the connection half-way. */
final class ClientGone {

    private ClientGone() {
    }

    static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClosedChannelException) {
                return true;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if ((cause instanceof VertxException || cause instanceof IOException)
                    && (message.contains("Connection was closed") || message.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}

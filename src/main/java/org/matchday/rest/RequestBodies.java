package org.matchday.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.config.MatchdayConfig;
import org.matchday.format.DocumentReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies with the format's reader, so that every field problem comes back in one answer. */
@ApplicationScoped
public class RequestBodies {

    private final DocumentReader reader;
    private final MatchdayConfig config;

    public RequestBodies(DocumentReader reader, MatchdayConfig config) {
        this.reader = reader;
        this.config = config;
    }

    public <T> T read(byte[] body, Class<T> type) {
        return reader.read(body == null ? new byte[0] : body, type);
    }

    /** Reads an import body, refusing it as soon as it passes the configured size limit. */
    public <T> T readImport(InputStream body, Class<T> type) {
        return read(readLimited(body, "The document"), type);
    }

    /**
     * The bytes of an uploaded file or document, refused with 413 as soon as they pass matchday.import.max-bytes.
     *
     * @param what what the body is, to begin the refusal's sentence: "The document", "The file"
     */
    public byte[] readLimited(InputStream body, String what) {
        long limit = config.importing().maxBytes().asLongValue();
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limit) {
            throw new PayloadTooLargeException(what + " is larger than the limit of " + limit
                    + " bytes (matchday.import.max-bytes).");
        }
        return bytes;
    }
}

package org.matchday.rest;

import org.matchday.problem.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.config.MatchdayConfig;
import org.matchday.format.DocumentReader;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads request bodies with the format's reader, so that every field problem comes back in one answer, and refuses
 * a body over its size limit before reading more of it than the limit. Bodies other than an event document are
 * checked against their own field rules here, so that no endpoint can forget to; an event document is checked whole
 * by the import.
 */
@ApplicationScoped
public class RequestBodies {

    private final DocumentReader reader;
    private final EventDocumentValidator validator;
    private final MatchdayConfig config;

    public RequestBodies(DocumentReader reader, EventDocumentValidator validator, MatchdayConfig config) {
        this.reader = reader;
        this.validator = validator;
        this.config = config;
    }

    /** Reads the body of an edit, a wish or a setting, up to matchday.body.max-bytes. */
    public <T> T read(InputStream body, Class<T> type) {
        return checked(reader.read(bytes(body, config.body().maxBytes().asLongValue(), "The body",
                "matchday.body.max-bytes"), type));
    }

    /** The same for a body that may be left out, which then means {@code absent}. */
    public <T> T readOrElse(InputStream body, Class<T> type, T absent) {
        byte[] bytes = bytes(body, config.body().maxBytes().asLongValue(), "The body", "matchday.body.max-bytes");
        return bytes.length == 0 ? absent : checked(reader.read(bytes, type));
    }

    private <T> T checked(T value) {
        InvalidDocumentException.throwIfAny("The body has", validator.validateFields(value, "$"));
        return value;
    }

    /** Reads a body already in memory, held to matchday.body.max-bytes like a streamed one. */
    public <T> T read(byte[] body, Class<T> type) {
        long limit = config.body().maxBytes().asLongValue();
        if (body != null && body.length > limit) {
            throw new PayloadTooLargeException("The body is larger than the limit of " + limit
                    + " bytes (matchday.body.max-bytes).");
        }
        return checked(reader.read(body == null ? new byte[0] : body, type));
    }

    /**
     * The bytes of an uploaded file or document, refused with 413 as soon as they pass matchday.import.max-bytes.
     *
     * @param what what the body is, to begin the refusal's sentence: "The document", "The file"
     */
    public byte[] readLimited(InputStream body, String what) {
        return bytes(body, config.importing().maxBytes().asLongValue(), what, "matchday.import.max-bytes");
    }

    /** Reads an event document, up to matchday.import.max-bytes. */
    public <T> T readImport(InputStream body, Class<T> type) {
        return reader.read(bytes(body, config.importing().maxBytes().asLongValue(), "The document",
                "matchday.import.max-bytes"), type);
    }

    private static byte[] bytes(InputStream body, long limit, String what, String setting) {
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limit) {
            throw new PayloadTooLargeException(what + " is larger than the limit of " + limit + " bytes (" + setting
                    + ").");
        }
        return bytes;
    }
}

package org.matchday.rest;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.matchday.config.MatchdayConfig;
import org.matchday.format.DocumentReader;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.PayloadTooLargeException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Reads the JSON body of every endpoint into its record with the format's reader, so that every field problem comes
 * back in one answer, and refuses a body over its size limit before reading more of it than the limit. An event
 * document may be as large as matchday.import.max-bytes and is checked whole by the import; every other body is held
 * to matchday.body.max-bytes and checked against its own field rules here, so that no endpoint can forget to.
 * <p>
 * Only our own records are read here, or {@code Optional} of one for a body that may be left out (empty means
 * absent); any other type is left to Jackson. Uploaded files, which are not JSON, are read with
 * {@link #readLimited}.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestBodies implements MessageBodyReader<Object> {

    /** Where our records live: the format's and the features' ones. */
    private static final String OUR_PACKAGES = "org.matchday.";

    private final DocumentReader reader;
    private final EventDocumentValidator validator;
    private final MatchdayConfig config;

    public RequestBodies(DocumentReader reader, EventDocumentValidator validator, MatchdayConfig config) {
        this.reader = reader;
        this.validator = validator;
        this.config = config;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return reads(type, genericType);
    }

    /** Whether a body parameter of this type is read here. */
    static boolean reads(Class<?> type, Type genericType) {
        return recordOf(type, genericType) != null;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) {
        Class<?> record = recordOf(type, genericType);
        boolean document = record == EventDocument.class;
        byte[] bytes = document
                ? bytes(body, config.importing().maxBytes().asLongValue(), ProblemCode.WORD_DOCUMENT.with(),
                        "matchday.import.max-bytes")
                : bytes(body, config.body().maxBytes().asLongValue(), ProblemCode.WORD_BODY.with(),
                        "matchday.body.max-bytes");
        boolean optional = Optional.class.equals(type);
        if (optional && bytes.length == 0) {
            return Optional.empty();
        }
        Object value = reader.read(bytes, record);
        if (!document) {
            InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_BODY, validator.validateFields(value, "$"));
        }
        return optional ? Optional.of(value) : value;
    }

    /** The record a body parameter of this type is read into; null when it is not one of ours. */
    private static Class<?> recordOf(Class<?> type, Type genericType) {
        Class<?> record = type;
        if (type == Optional.class) {
            record = genericType instanceof ParameterizedType optional
                    && optional.getActualTypeArguments()[0] instanceof Class<?> inner ? inner : Object.class;
        }
        return record.isRecord() && record.getName().startsWith(OUR_PACKAGES) ? record : null;
    }

    /**
     * The bytes of an uploaded file, refused with 413 as soon as they pass matchday.import.max-bytes.
     *
     * @param what what the body is, to begin the refusal's sentence: "The file"
     */
    public byte[] readLimited(InputStream body, ProblemText what) {
        return bytes(body, config.importing().maxBytes().asLongValue(), what, "matchday.import.max-bytes");
    }

    private static byte[] bytes(InputStream body, long limit, ProblemText what, String setting) {
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
            throw new PayloadTooLargeException(ProblemCode.PAYLOAD_TOO_LARGE.with("what", what, "limit", limit,
                    "setting", setting));
        }
        return bytes;
    }
}

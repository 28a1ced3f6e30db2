package org.matchday.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Reads text, whole numbers and booleans only from JSON values of that type: no {@code "4"} for a priority, no
 * {@code 2.5} rounded down, no number taken as a name, and a whole number too large for its field is a wrong value
 * rather than a broken document. Each refusal goes to the reader's problem handler, which names the field.
 */
final class StrictScalars extends SimpleModule {

    StrictScalars() {
        super("matchday-strict-scalars");
        addDeserializer(String.class, new Scalar<>(String.class) {
            @Override
            String read(JsonParser p) throws IOException {
                return p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
            }
        });
        addDeserializer(Boolean.class, new Scalar<>(Boolean.class) {
            @Override
            Boolean read(JsonParser p) {
                return p.hasToken(JsonToken.VALUE_TRUE) ? Boolean.TRUE
                        : p.hasToken(JsonToken.VALUE_FALSE) ? Boolean.FALSE : null;
            }
        });
        addDeserializer(Integer.class, new Scalar<>(Integer.class) {
            @Override
            Integer read(JsonParser p) throws IOException {
                return p.hasToken(JsonToken.VALUE_NUMBER_INT) && p.getNumberType() == JsonParser.NumberType.INT
                        ? p.getIntValue() : null;
            }
        });
        addDeserializer(Long.class, new Scalar<>(Long.class) {
            @Override
            Long read(JsonParser p) throws IOException {
                return p.hasToken(JsonToken.VALUE_NUMBER_INT) && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                        ? p.getLongValue() : null;
            }
        });
    }

    /** A scalar of one type; anything else is handed to the context's problem handlers. */
    private abstract static class Scalar<T> extends StdScalarDeserializer<T> {

        Scalar(Class<T> type) {
            super(type);
        }

        /** The value when the current token has the right type, otherwise null. */
        abstract T read(JsonParser p) throws IOException;

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = read(p);
            if (value != null) {
                return value;
            }
            Class<?> type = handledType();
            return (T) switch (p.currentToken()) {
                case VALUE_STRING -> ctxt.handleWeirdStringValue(type, p.getText(), "text is not %s", type);
                case VALUE_NUMBER_INT -> ctxt.handleWeirdNumberValue(type, p.getBigIntegerValue(), "out of range");
                case VALUE_NUMBER_FLOAT -> ctxt.handleWeirdNumberValue(type, p.getDecimalValue(), "not whole");
                default -> ctxt.handleUnexpectedToken(type, p);
            };
        }
    }
}

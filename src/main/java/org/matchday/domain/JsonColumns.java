package org.matchday.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/**
 * Small value lists stored as JSON text in one column: they belong to one row, are never queried, and
 * one column keeps loading 2,000 participants to a single query.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JsonColumns() {
    }

    public abstract static class ListConverter<T> implements AttributeConverter<List<T>, String> {

        private final TypeReference<List<T>> type;

        ListConverter(TypeReference<List<T>> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(List<T> value) {
            if (value == null) {
                return null;
            }
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot store " + value, e);
            }
        }

        @Override
        public List<T> convertToEntityAttribute(String json) {
            if (json == null) {
                return null;
            }
            try {
                return MAPPER.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable column value " + json, e);
            }
        }
    }

    @Converter
    public static final class StringList extends ListConverter<String> {
        public StringList() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static final class BreakList extends ListConverter<TimeRange> {
        public BreakList() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static final class WindowList extends ListConverter<AvailabilityWindow> {
        public WindowList() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static final class Rules implements AttributeConverter<MatchmakingRules, String> {

        @Override
        public String convertToDatabaseColumn(MatchmakingRules value) {
            try {
                return value == null ? null : MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot store " + value, e);
            }
        }

        @Override
        public MatchmakingRules convertToEntityAttribute(String json) {
            try {
                return json == null ? null : MAPPER.readValue(json, MatchmakingRules.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable column value " + json, e);
            }
        }
    }
}

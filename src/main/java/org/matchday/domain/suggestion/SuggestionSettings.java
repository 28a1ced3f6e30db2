package org.matchday.domain.suggestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

/** An event's settings for partner suggestions: its sector list and which nudges the organiser has switched on. */
@Entity
@Table(name = "suggestion_settings")
public class SuggestionSettings extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "sectors_json")
    @Convert(converter = SectorList.class)
    public List<Sector> sectors = new ArrayList<>();

    /** The organiser may mail participants with few wishes their top suggestions. */
    @Column(name = "mail_nudge", nullable = false)
    public boolean mailNudge;

    /** The organiser may add participants' top suggestions as low-priority wishes, marked as suggested. */
    @Column(name = "wish_nudge", nullable = false)
    public boolean wishNudge;

    @Version
    public long version;

    /** The event's settings; defaults (no sectors, both nudges off) when none were stored. */
    public static SuggestionSettings of(long eventId) {
        SuggestionSettings settings = findById(eventId);
        if (settings == null) {
            settings = new SuggestionSettings();
            settings.eventId = eventId;
        }
        return settings;
    }

    /** The sector list as JSON text: one row's small value list, never queried. */
    @Converter
    public static final class SectorList implements AttributeConverter<List<Sector>, String> {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Override
        public String convertToDatabaseColumn(List<Sector> value) {
            try {
                return value == null ? null : MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot store " + value, e);
            }
        }

        @Override
        public List<Sector> convertToEntityAttribute(String json) {
            try {
                return json == null ? new ArrayList<>() : MAPPER.readValue(json, new TypeReference<List<Sector>>() { });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable sector list " + json, e);
            }
        }
    }
}

package org.matchday.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.persistence.EventData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads what the timetable pages show, inside one read transaction, as plain values rendered after it. */
@ApplicationScoped
public class TimetableLoader {

    /** The timetable and, for scripts, who each participant is. */
    public record Loaded(Timetable timetable, String peopleJson, Integer publication) {
    }

    private final ObjectMapper mapper;

    public TimetableLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** 404 (UnknownIdException) when the event does not exist. */
    @Transactional
    public Loaded load(long eventId, TimetableFilter filter, boolean withAgendas, Locale locale) {
        Timetable timetable = Timetable.of(EventData.load(eventId), filter, withAgendas, locale);
        Publication publication = Publication.latest(eventId);
        return new Loaded(timetable, peopleJson(timetable.people()),
                publication == null ? null : publication.number);
    }

    /** Every participant's name by code. */
    @Transactional
    public Map<String, String> names(long eventId) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Participant p : Participant.<Participant>list("event.id = ?1 order by id", eventId)) {
            names.put(p.code, p.name);
        }
        return names;
    }

    /**
     * Code to [name, organisation] as JSON for a data block of the page; "<" is escaped so that no text can close
     * the block.
     */
    private String peopleJson(List<Timetable.Person> people) {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (Timetable.Person p : people) {
            byCode.put(p.code(), List.of(p.name(), p.organisation() == null ? "" : p.organisation()));
        }
        try {
            return mapper.writeValueAsString(byCode).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

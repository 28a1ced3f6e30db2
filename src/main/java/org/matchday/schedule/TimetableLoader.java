package org.matchday.schedule;

import org.matchday.event.EventHeading;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.persistence.EventData;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads what the timetable pages show, inside one read transaction, as plain values rendered after it. */
@ApplicationScoped
public class TimetableLoader {

    /**
     * The event's heading, its timetable, who each participant is (JSON for scripts), the publication in force, and
     * whether its whole grid is large (more than {@link #PAGED_GRID_CELLS} cells over several sessions) and whether the
     * timetable shows the first session because of that rather than because it was chosen.
     */
    public record Loaded(EventHeading event, Timetable timetable, String peopleJson, Integer publication,
            boolean large, boolean paged) {
    }

    /**
     * Cells (slots times tables) above which the organiser's grid opens on one session: a phone lays out and scripts
     * a few thousand cells slowly (the 300-participant sample has 2,160; docs/benchmarks.md, "Pages").
     */
    public static final int PAGED_GRID_CELLS = 1_000;

    private final ObjectMapper mapper;

    public TimetableLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** 404 (UnknownIdException) when the event does not exist. */
    @Transactional
    public Loaded load(long eventId, TimetableFilter filter, boolean withAgendas, Locale locale) {
        return load(eventId, filter, withAgendas, locale, false);
    }

    /**
     * As {@link #load(long, TimetableFilter, boolean, Locale)}; with {@code paged}, a grid of more than
     * {@link #PAGED_GRID_CELLS} cells over several sessions, with no session, table or search chosen, shows its first
     * session only (the page offers the others and all of them).
     */
    @Transactional
    public Loaded load(long eventId, TimetableFilter filter, boolean withAgendas, Locale locale, boolean paged) {
        EventData data = loadForReading(eventId);
        boolean large = data.sessions().size() > 1
                && (long) data.timeslots().size() * data.tables().size() > PAGED_GRID_CELLS;
        boolean firstOnly = paged && large && !filter.active();
        if (firstOnly) {
            EventSession first = data.sessions().stream()
                    .min(Comparator.comparing((EventSession s) -> s.date).thenComparing(s -> s.start)).orElseThrow();
            filter = new TimetableFilter(null, null, first.code);
        }
        Timetable timetable = Timetable.of(data, filter, withAgendas, locale);
        Publication publication = Publication.latest(eventId);
        return new Loaded(EventHeading.of(data.event()), timetable, peopleJson(timetable.people()),
                publication == null ? null : publication.number, large, firstOnly);
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
     * The event less the requests the timetable does not show, with entities read-only: a page of a large event
     * then spends its time neither on rows it does not need nor on checking, at commit, thousands of entities it
     * never changes.
     */
    private static EventData loadForReading(long eventId) {
        Session session = Event.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return EventData.loadWithoutRequests(eventId);
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

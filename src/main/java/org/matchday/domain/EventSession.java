package org.matchday.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A block of meetings on one day, cut into timeslots of {@code meetingMinutes} (see {@link Timeslots}). */
@Entity
@Table(name = "event_session")
public class EventSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_session_seq")
    @SequenceGenerator(name = "event_session_seq", sequenceName = "event_session_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    /** The session's id inside its event, as used in the event document and in URLs. */
    @Column(nullable = false)
    public String code;

    public String name;

    @Column(name = "session_date", nullable = false)
    public LocalDate date;

    @Column(name = "start_time", nullable = false)
    public LocalTime start;

    @Column(name = "end_time", nullable = false)
    public LocalTime end;

    @Column(name = "meeting_minutes", nullable = false)
    public int meetingMinutes;

    @Column(name = "gap_minutes", nullable = false)
    public int gapMinutes;

    @Column(name = "breaks_json")
    @Convert(converter = JsonColumns.BreakList.class)
    public List<TimeRange> breaks = new ArrayList<>();

    @Version
    public long version;

    public List<Timeslot> timeslots() {
        return Timeslots.derive(code, date, start, end, meetingMinutes, gapMinutes, breaks);
    }
}

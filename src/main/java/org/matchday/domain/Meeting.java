package org.matchday.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The one-to-one meeting of a pair of participants: scheduled when it has a slot and a table,
 * unscheduled (with a reason when one is known) otherwise. Participant A has the smaller id.
 */
@Entity
public class Meeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_a_id")
    public Participant participantA;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_b_id")
    public Participant participantB;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    public EventSession session;

    /** Local to the event's time zone. */
    @Column(name = "start_time")
    public LocalDateTime start;

    @Column(name = "end_time")
    public LocalDateTime end;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "table_id")
    public EventTable table;

    @Column(nullable = false)
    public boolean pinned;

    /** Why the meeting has no slot, in words, when it is unscheduled and a reason is known. */
    public String reason;

    /** When the meeting was booked on the spot on the event day; {@code null} for every other meeting. */
    @Column(name = "booked_at")
    public Instant bookedAt;

    @Version
    public long version;

    public boolean isScheduled() {
        return start != null;
    }

    public PairKey pairKey() {
        return PairKey.of(participantA, participantB);
    }

    public void unschedule(String reason) {
        this.session = null;
        this.start = null;
        this.end = null;
        this.table = null;
        this.pinned = false;
        this.reason = reason;
    }
}

package org.matchday.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;

/** A matchmaking event: the root that owns sessions, tables, participants, requests and meetings. */
@Entity
public class Event extends PanacheEntityBase {

    /** Nobody who travels to the event leaves without a meeting, unless its requests make it impossible. */
    public static final int DEFAULT_MINIMUM_MEETINGS = 1;
    /** More than any event has slots: a guard against typing errors, not a policy. */
    public static final int MAX_MINIMUM_MEETINGS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** IANA zone in which every time of the event is local. */
    @Column(nullable = false)
    public String timezone;

    public String venue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventPhase phase = EventPhase.DRAFT;

    /** How participants may ask each other; {@code null} means the defaults. */
    @Column(name = "rules_json")
    @Convert(converter = JsonColumns.Rules.class)
    public MatchmakingRules rules;

    /**
     * Meetings every participant with a request that can take place is owed, as far as its requests allow;
     * 0 switches the fairness rule off.
     */
    @Column(name = "minimum_meetings", nullable = false)
    public int minimumMeetings = DEFAULT_MINIMUM_MEETINGS;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the organiser archived the event: out of the main list and read-only; {@code null} while in use. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    /** Participants may check themselves in from their personal page on the day. */
    @Column(name = "self_check_in", nullable = false)
    public boolean selfCheckIn;

    /** The edition of the series this event was started from as its next one; {@code null} for a first edition. */
    @Column(name = "previous_edition_id")
    public Long previousEditionId;

    @Version
    public long version;

    public MatchmakingRules rulesOrDefault() {
        return rules == null ? MatchmakingRules.DEFAULT : rules;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}

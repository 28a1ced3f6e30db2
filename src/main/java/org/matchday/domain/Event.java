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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public MatchmakingRules rulesOrDefault() {
        return rules == null ? MatchmakingRules.DEFAULT : rules;
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}

package org.matchday.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/** One participant's wish to meet another. Requests on the same pair merge into one {@link Meeting}. */
@Entity
@Table(name = "meeting_request")
public class MeetingRequest extends PanacheEntityBase {

    public static final int DEFAULT_PRIORITY = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_request_seq")
    @SequenceGenerator(name = "meeting_request_seq", sequenceName = "meeting_request_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(nullable = false)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_participant_id")
    public Participant from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_participant_id")
    public Participant to;

    /** 1 (nice to have) to 5 (must meet). */
    @Column(nullable = false)
    public int priority = DEFAULT_PRIORITY;

    /** Codes of the sessions the meeting may take place in; {@code null} means any session. */
    @Column(name = "sessions_json")
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> sessions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status = RequestStatus.ACCEPTED;

    /** A word from the sender to the receiver. */
    public String note;

    /** When the participant sent it; null for requests an organiser made or imported. Reminders count from it. */
    @Column(name = "sent_at")
    public Instant sentAt;
    /** Added by the organiser's nudge from the sender's suggestions, not sent by the sender itself. */
    @Column(nullable = false)
    public boolean suggested;

    /**
     * When the wish expired unanswered: DECLINED by the event's expiry rule rather than by its receiver; null
     * otherwise. Not in the event document, which keeps the status alone.
     */
    @Column(name = "expired_at")
    public Instant expiredAt;

    @Version
    public long version;

    /** The pair whichever of the two asked, so that requests either way round find the same meeting. */
    public PairKey pairKey() {
        return PairKey.of(from, to);
    }
}

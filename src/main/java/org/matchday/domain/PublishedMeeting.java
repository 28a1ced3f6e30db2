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
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One meeting of a publication, naming participants, session and table by their codes. */
@Entity
@Table(name = "published_meeting")
public class PublishedMeeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_meeting_seq")
    @SequenceGenerator(name = "published_meeting_seq", sequenceName = "published_meeting_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id")
    public Publication publication;

    @Column(name = "participant_a", nullable = false)
    public String participantA;

    @Column(name = "participant_b", nullable = false)
    public String participantB;

    @Column(name = "session_code", nullable = false)
    public String session;

    @Column(name = "start_time", nullable = false)
    public LocalDateTime start;

    @Column(name = "end_time", nullable = false)
    public LocalDateTime end;

    @Column(name = "table_code", nullable = false)
    public String table;

    /** How many times this pair's meeting has moved across publications (iCalendar SEQUENCE). */
    @Column(nullable = false)
    public int sequence;

    /** Identifies a pair's meeting across publications. */
    public PairKey pairKey() {
        return PairKey.of(participantA, participantB);
    }
}

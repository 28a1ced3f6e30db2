package org.matchday.domain.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.matchday.domain.PairKey;

import java.time.Instant;
import java.util.List;

/** Staff's record, from the table sheets, that a published meeting took place. */
@Entity
@Table(name = "meeting_held")
public class MeetingHeld extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_held_seq")
    @SequenceGenerator(name = "meeting_held_seq", sequenceName = "meeting_held_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(name = "pair_first", nullable = false)
    public String pairFirst;

    @Column(name = "pair_second", nullable = false)
    public String pairSecond;

    /** The account that recorded it. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public PairKey pair() {
        return PairKey.of(pairFirst, pairSecond);
    }

    public static List<MeetingHeld> ofEvent(long eventId) {
        return list("eventId", eventId);
    }

    public static MeetingHeld of(long eventId, PairKey pair) {
        return find("eventId = ?1 and pairFirst = ?2 and pairSecond = ?3", eventId, pair.first(), pair.second())
                .firstResult();
    }
}

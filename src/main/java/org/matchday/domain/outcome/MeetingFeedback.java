package org.matchday.domain.outcome;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchday.domain.JsonColumns;
import org.matchday.domain.PairKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One side's answers about one published meeting: its feedback right after the event and its follow-up answer months
 * later. The pair is named by its codes in ascending order ({@link PairKey}), the side by its own code.
 */
@Entity
@Table(name = "meeting_feedback")
public class MeetingFeedback extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_feedback_seq")
    @SequenceGenerator(name = "meeting_feedback_seq", sequenceName = "meeting_feedback_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(name = "pair_first", nullable = false)
    public String pairFirst;

    @Column(name = "pair_second", nullable = false)
    public String pairSecond;

    /** The code of the participant who answered. */
    @Column(nullable = false)
    public String author;

    /** Null until the side said whether the meeting took place. */
    public Boolean held;

    /** 1 to 5, or null. */
    public Integer rating;

    @Enumerated(EnumType.STRING)
    public Interest interest;

    /** Private to the side and the organisers. */
    public String note;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_status")
    public OutcomeStatus outcomeStatus;

    @Column(name = "outcome_kinds")
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> outcomeKinds = new ArrayList<>();

    public String story;

    /** Whether the side lets the organisers publish its story. */
    @Column(name = "publish_story", nullable = false)
    public boolean publishStory;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Version
    public long version;

    public PairKey pair() {
        return PairKey.of(pairFirst, pairSecond);
    }

    /** Every side's answers in the event. */
    public static List<MeetingFeedback> ofEvent(long eventId) {
        return list("eventId = ?1 order by pairFirst, pairSecond, author", eventId);
    }

    /** The answers of both sides of one pair. */
    public static List<MeetingFeedback> ofPair(long eventId, PairKey pair) {
        return list("eventId = ?1 and pairFirst = ?2 and pairSecond = ?3 order by author", eventId, pair.first(),
                pair.second());
    }
}

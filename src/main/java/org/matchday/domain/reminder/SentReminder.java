package org.matchday.domain.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder sent, under a key unique per event, kind, participant, wish and day: the database refuses the same
 * reminder twice, whichever run or instance tries.
 */
@Entity
@Table(name = "sent_reminder")
public class SentReminder extends PanacheEntityBase {

    /** The wish column of a reminder about no wish in particular. */
    public static final String NO_WISH = "";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sent_reminder_seq")
    @SequenceGenerator(name = "sent_reminder_seq", sequenceName = "sent_reminder_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderKind kind;

    /** The participant's code. */
    @Column(nullable = false)
    public String participant;

    /** The wish's code, or {@link #NO_WISH}. */
    @Column(nullable = false)
    public String wish = NO_WISH;

    /** The day the reminder is for: the agenda's day, the day wishes opened, the day the wish was sent. */
    @Column(name = "for_day", nullable = false)
    public LocalDate day;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    public static SentReminder of(long eventId, ReminderKind kind, String participant, String wish, LocalDate day,
            Instant at) {
        SentReminder sent = new SentReminder();
        sent.eventId = eventId;
        sent.kind = kind;
        sent.participant = participant;
        sent.wish = wish == null ? NO_WISH : wish;
        sent.day = day;
        sent.sentAt = at;
        return sent;
    }
}

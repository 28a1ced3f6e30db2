package org.matchday.domain.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An event's reminders and nudges: which are on, and the delays they wait. An event without a row has every reminder
 * off, with the defaults below.
 */
@Entity
@Table(name = "reminder_settings")
public class ReminderSettings extends PanacheEntityBase {

    public static final int DEFAULT_AGENDA_HOUR = 18;
    public static final int DEFAULT_NO_WISH_DAYS = 3;
    public static final int DEFAULT_UNANSWERED_DAYS = 3;
    public static final int DEFAULT_EXPIRY_DAYS = 7;

    @Id
    @Column(name = "event_id")
    public Long eventId;

    /** Each participant with published meetings gets its agenda the evening before each day of the event. */
    @Column(name = "agenda_evening", nullable = false)
    public boolean agendaEvening;

    /** The hour, local to the event, at which the evening agenda goes out. */
    @Column(name = "agenda_hour", nullable = false)
    public int agendaHour = DEFAULT_AGENDA_HOUR;

    /** Participants who sent no wish are nudged this many days after wishes opened. */
    @Column(name = "no_wish", nullable = false)
    public boolean noWish;

    @Column(name = "no_wish_days", nullable = false)
    public int noWishDays = DEFAULT_NO_WISH_DAYS;

    /** A wish left unanswered this many days is brought back to its receiver. */
    @Column(nullable = false)
    public boolean unanswered;

    @Column(name = "unanswered_days", nullable = false)
    public int unansweredDays = DEFAULT_UNANSWERED_DAYS;

    /** A wish left unanswered this many days expires: it is declined for the receiver, and both sides are told. */
    @Column(nullable = false)
    public boolean expiry;

    @Column(name = "expiry_days", nullable = false)
    public int expiryDays = DEFAULT_EXPIRY_DAYS;

    /** When the event last entered WISHES_OPEN; null when it never did since reminders exist. */
    @Column(name = "wishes_opened_at")
    public Instant wishesOpenedAt;

    @Version
    public long version;

    public boolean anyOn() {
        return agendaEvening || noWish || unanswered || expiry;
    }
}

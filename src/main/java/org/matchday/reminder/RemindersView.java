package org.matchday.reminder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.reminder.ReminderSettings;

import java.time.Instant;

/** An event's reminders, and when its wishes opened, from which the nudge to participants without a wish counts. */
@Schema(name = "RemindersView")
public record RemindersView(boolean agendaEvening, int agendaHour, boolean noWish, int noWishDays,
        boolean unanswered, int unansweredDays, boolean expiry, int expiryDays,
        @Schema(description = "When the event last entered WISHES_OPEN (or, if it was in it already when"
                + " reminders were first set, when they were set); null before.") Instant wishesOpenedAt) {

    static RemindersView of(ReminderSettings s) {
        return new RemindersView(s.agendaEvening, s.agendaHour, s.noWish, s.noWishDays, s.unanswered,
                s.unansweredDays, s.expiry, s.expiryDays, s.wishesOpenedAt);
    }
}

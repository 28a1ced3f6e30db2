package org.matchday.reminder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one run sent: mails per kind of reminder, and the wishes that expired (each told to both sides that have an
 * address).
 */
@Schema(name = "ReminderRun")
public record ReminderRun(
        @Schema(description = "Evening agendas mailed") int agenda,
        @Schema(description = "Participants without a wish nudged") int noWish,
        @Schema(description = "Receivers reminded of unanswered wishes") int unanswered,
        @Schema(description = "Wishes that expired") int expired) {

    static final ReminderRun NONE = new ReminderRun(0, 0, 0, 0);

    int total() {
        return agenda + noWish + unanswered + expired;
    }
}

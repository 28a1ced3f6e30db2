package org.matchday.reminder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event's reminders as the organiser sets them: every field, all at once. */
@Schema(name = "RemindersInput")
public record RemindersInput(
        @Schema(description = "Send each participant its published meetings the evening before each day of the"
                + " event.", required = true) @NotNull Boolean agendaEvening,
        @Schema(description = "The hour, local to the event, at which the evening agenda goes out.", example = "18",
                required = true, minimum = "0", maximum = "23") @NotNull @Min(0) @Max(23) Integer agendaHour,
        @Schema(description = "Nudge participants who have asked no one, noWishDays after wishes opened.",
                required = true) @NotNull Boolean noWish,
        @Schema(description = "Days after wishes opened.", example = "3", required = true, minimum = "1",
                maximum = "60") @NotNull @Min(1) @Max(MAX_DAYS) Integer noWishDays,
        @Schema(description = "Remind a receiver of wishes it left unanswered for unansweredDays.", required = true)
        @NotNull Boolean unanswered,
        @Schema(description = "Days a wish waits before its receiver is reminded.", example = "3", required = true,
                minimum = "1", maximum = "60") @NotNull @Min(1) @Max(MAX_DAYS) Integer unansweredDays,
        @Schema(description = "Let a wish left unanswered for expiryDays expire: it is declined for the receiver,"
                + " no longer counts against the sender's cap, and both sides are told.", required = true)
        @NotNull Boolean expiry,
        @Schema(description = "Days after which an unanswered wish expires; more than unansweredDays when both are"
                + " on.", example = "7", required = true, minimum = "1", maximum = "60")
        @NotNull @Min(1) @Max(MAX_DAYS) Integer expiryDays) {

    public static final int MAX_DAYS = 60;
}

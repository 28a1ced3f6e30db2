package org.matchday.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.EventPhase;
import org.matchday.domain.Event;
import org.matchday.format.Formatted.As;

import java.util.List;

/**
 * A whole event in the {@value #FORMAT} interchange format (docs/event-format.md). Times are text so that
 * every malformed one can be reported with its path instead of failing the parse at the first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "name", "timezone", "venue", "phase", "rules", "minimumMeetings", "sessions", "tables",
        "participants", "requests", "meetings", "unscheduled"})
@Schema(name = "EventDocument", description = "A whole event in the matchday-event/1 format.")
public record EventDocument(
        @Schema(description = "Always matchday-event/1.", example = FORMAT, required = true)
        @NotNull @Pattern(regexp = "matchday-event/1", message = "{field.format}") String format,
        @Schema(example = "Taiwan-EU Cluster Matchmaking", required = true)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "IANA time zone in which all times of the event are local.", example = "Asia/Taipei",
                required = true)
        @NotNull @Formatted(As.TIME_ZONE) String timezone,
        @Size(max = 300) String venue,
        @Schema(description = "Where the event stands; default DRAFT.") EventPhase phase,
        @Schema(description = "Matchmaking rules; absent: anyone may ask anyone, receivers accept, no late wishes.")
        @Valid RulesDoc rules,
        @Schema(description = "Fairness minimum: every participant with a request that can take place gets at least"
                + " this many meetings, as far as its requests allow. 0 switches the rule off. Absent: 1.",
                example = "1", defaultValue = "1", minimum = "0", maximum = "100")
        @Min(0) @Max(Event.MAX_MINIMUM_MEETINGS) Integer minimumMeetings,
        @Size(max = MAX_SESSIONS, groups = ListLimits.class) List<@NotNull @Valid SessionDoc> sessions,
        @Size(max = MAX_TABLES, groups = ListLimits.class) List<@NotNull @Valid TableDoc> tables,
        @Size(max = MAX_PARTICIPANTS, groups = ListLimits.class) List<@NotNull @Valid ParticipantDoc> participants,
        @Size(max = MAX_REQUESTS, groups = ListLimits.class) List<@NotNull @Valid RequestDoc> requests,
        @Schema(description = "Scheduled meetings; on import they are kept as given.")
        @Size(max = MAX_REQUESTS, groups = ListLimits.class) List<@NotNull @Valid MeetingDoc> meetings,
        @Schema(description = "Requested meetings without a slot, with the reason when one is known.")
        @Size(max = MAX_REQUESTS, groups = ListLimits.class) List<@NotNull @Valid UnscheduledDoc> unscheduled) {

    public static final String FORMAT = "matchday-event/1";
    /** Limits on the size of an event (docs/event-format.md), far above the largest events run so far. */
    public static final int MAX_SESSIONS = 1_000;
    public static final int MAX_TABLES = 10_000;
    public static final int MAX_PARTICIPANTS = 20_000;
    public static final int MAX_REQUESTS = 200_000;

    /** The same document without its lists: the event's own fields and rules. */
    public EventDocument withoutLists() {
        return new EventDocument(format, name, timezone, venue, phase, rules, minimumMeetings, null, null, null, null, null,
                null);
    }

    /** The same document with absent lists read as empty ones. */
    public EventDocument normalised() {
        return new EventDocument(format, name, timezone, venue, phase, rules, minimumMeetings, orEmpty(sessions), orEmpty(tables),
                orEmpty(participants), orEmpty(requests), orEmpty(meetings), orEmpty(unscheduled));
    }

    /** The fairness minimum the document sets, or the default when it sets none. */
    public int minimumMeetingsOrDefault() {
        return minimumMeetings == null ? Event.DEFAULT_MINIMUM_MEETINGS : minimumMeetings;
    }

    public EventDocument withSessions(List<SessionDoc> list) {
        return new EventDocument(format, name, timezone, venue, phase, rules, minimumMeetings, list, tables, participants, requests,
                meetings, unscheduled);
    }

    public EventDocument withTables(List<TableDoc> list) {
        return new EventDocument(format, name, timezone, venue, phase, rules, minimumMeetings, sessions, list, participants, requests,
                meetings, unscheduled);
    }

    public EventDocument withParticipants(List<ParticipantDoc> list) {
        return new EventDocument(format, name, timezone, venue, phase, rules, minimumMeetings, sessions, tables, list, requests,
                meetings, unscheduled);
    }

    public EventDocument withRequests(List<RequestDoc> list) {
        return new EventDocument(format, name, timezone, venue, phase, rules, minimumMeetings, sessions, tables, participants, list,
                meetings, unscheduled);
    }

    public EventDocument withMeetings(List<MeetingDoc> scheduled, List<UnscheduledDoc> notScheduled) {
        return new EventDocument(format, name, timezone, venue, phase, rules, minimumMeetings, sessions, tables, participants,
                requests, scheduled, notScheduled);
    }

    /** The same event with another fairness minimum: what benchmarks and tests compare. */
    public EventDocument withMinimumMeetings(Integer minimum) {
        return new EventDocument(format, name, timezone, venue, phase, rules, minimum, sessions, tables, participants, requests,
                meetings, unscheduled);
    }

    public EventPhase phaseOrDefault() {
        return phase == null ? EventPhase.DRAFT : phase;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

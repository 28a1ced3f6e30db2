package org.matchday.export;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.IdleBreaks;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.Timeslot;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.RequestInfo;
import org.matchday.export.ScheduleView.SessionInfo;
import org.matchday.export.ScheduleView.UnscheduledInfo;
import org.matchday.solve.UnscheduledMeeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** How a schedule serves the event: what was asked, what got a slot, how evenly, and how the venue is used. */
@Schema(name = "ScheduleStatistics")
public record ScheduleStatistics(
        @Schema(description = "True while nothing is published: the figures are those of the draft.")
        boolean draft,
        @Schema(description = "Number of the publication the figures describe; null for a draft.")
        Integer publication,
        Requests requests,
        Meetings meetings,
        Priorities priorities,
        MeetingsPerParticipant meetingsPerParticipant,
        Fairness fairness,
        Breaks breaks,
        TableUse tableUse,
        @Schema(description = "Meetings that should happen and have no slot, with the reason when known.")
        List<Unscheduled> unscheduled,
        @Schema(description = "How close the draft is to the best timetable the rules allow (as in GET solve);"
                + " UNKNOWN for a published schedule. Null where it was not asked for (spreadsheet exports).")
        Optimality optimality) {

    /** The same figures with the schedule's optimality. */
    public ScheduleStatistics withOptimality(Optimality known) {
        return new ScheduleStatistics(draft, publication, requests, meetings, priorities, meetingsPerParticipant,
                fairness, breaks, tableUse, unscheduled, known);
    }

    /**
     * What a schedule is measured against, known before solving; null fields are not known.
     *
     * @param minimumMeetings the event's fairness minimum k
     * @param fairShares meetings each participant is owed, min(k, what its requests allow), by participant id
     * @param capacityBound the highest priority sum any schedule could reach
     * @param priorityGivenUp priority the schedule gives up for the fairness rule
     *        ({@link org.matchday.solver.FairnessPrice})
     */
    public record Yardstick(Integer minimumMeetings, Map<String, Integer> fairShares, Long capacityBound,
            Long priorityGivenUp) {

        public static final Yardstick UNKNOWN = new Yardstick(null, null, null, null);
    }

    @Schema(name = "RequestCounts")
    public record Requests(int total, int accepted, int pending, int declined, int cancelled,
            @Schema(description = "Of the total, requests the organiser's nudge added from participants'"
                    + " suggestions rather than participants sent themselves.") int suggested,
            @Schema(description = "Of the suggested requests, those their receivers accepted.") int suggestedAccepted) {
    }

    @Schema(name = "MeetingCounts")
    public record Meetings(
            @Schema(description = "Pairs to meet: scheduled plus unscheduled.") int requested,
            int scheduled,
            int unscheduled,
            @Schema(description = "scheduled / requested, in percent; null when nothing was requested.")
            Double scheduledPercent) {
    }

    @Schema(name = "PrioritySums", description = "A pair's priority is the highest of its accepted requests"
            + " (1 to 5), or 3 when no accepted request names it.")
    public record Priorities(int requested, int scheduled, int unscheduled, Double scheduledPercent,
            @Schema(description = "Highest priority sum any schedule could reach (capacity bound); null while"
                    + " it is not known.")
            Long capacityBound,
            @Schema(description = "scheduled / capacityBound, in percent; null without a bound.")
            Double capacityBoundPercent) {
    }

    @Schema(name = "MeetingsPerParticipant")
    public record MeetingsPerParticipant(
            int participants,
            int min,
            double median,
            int max,
            @Schema(description = "Number of meetings -> number of participants with that many.")
            Map<Integer, Integer> distribution,
            int withoutMeetings,
            @Schema(description = "Ids of the participants without any meeting.")
            List<String> withoutMeetingsIds,
            @Schema(description = "The same figures for each group of participants (their `group`), so that an"
                    + " organiser sees whether one side was served worse than the other.")
            List<GroupFigures> byGroup) {
    }

    @Schema(name = "GroupFigures", description = "Meetings per participant of one group.")
    public record GroupFigures(
            @Schema(description = "The group; null for participants without one.", example = "EU cluster")
            String group,
            int participants,
            @Schema(description = "Requested meetings of its participants, scheduled or not, counted once per"
                    + " participant of the group.") int requested,
            @Schema(description = "Scheduled meetings, counted the same way.") int scheduled,
            @Schema(description = "scheduled / requested, in percent; null when nothing was requested.")
            Double scheduledPercent,
            int min,
            double median,
            @Schema(description = "Meetings per participant on average, to two decimals.") double mean,
            int max,
            int withoutMeetings,
            @Schema(description = "Participants of the group below the fairness minimum (as in fairness); null while"
                    + " the fair shares are not known.") Integer belowMinimum) {
    }

    @Schema(name = "FairnessFigures", description = "How the schedule keeps the fairness minimum k: a participant"
            + " with a request that can take place is owed min(k, what its requests allow) meetings, its fair"
            + " share. Null figures are not known.")
    public record Fairness(
            @Schema(description = "The event's fairness minimum k; 0 when the rule is off.", example = "1")
            Integer minimumMeetings,
            @Schema(description = "Participants owed at least one meeting.") Integer participantsOwed,
            @Schema(description = "Owed participants with fewer than k meetings, whether or not their requests"
                    + " allow k.") Integer belowMinimum,
            @Schema(description = "Owed participants with fewer meetings than their fair share: those the"
                    + " schedule could have served better.") Integer belowFairShare,
            @Schema(description = "Owed participants without any meeting.") Integer withoutMeetings,
            @Schema(description = "Ids of the owed participants below k, fewest meetings first.")
            List<String> belowMinimumIds,
            @Schema(description = "Priority the schedule gives up for the fairness rule: what exchanging meetings"
                    + " the rule keeps for participants at their fair share for left-out meetings worth more would"
                    + " add. A lower estimate; the solver benchmark measures the whole price by solving without the"
                    + " rule.", example = "0")
            Long priorityGivenUp) {
    }

    @Schema(name = "IdleBreaks", description = "A participant's break is a run of one or more slots without a"
            + " meeting between two of their meetings on the same day; pauses and gaps are not slots.")
    public record Breaks(
            int total,
            @Schema(description = "Free slots inside those breaks.") int idleSlots,
            int participantsWithBreaks,
            @Schema(description = "Breaks of one participant on one day -> number of participant-days.")
            Map<Integer, Integer> perParticipantDay) {
    }

    @Schema(name = "TableUse")
    public record TableUse(int tables, int slots,
            @Schema(description = "slots x tables") int seats,
            int used,
            Double usedPercent,
            List<SlotUse> perSlot) {
    }

    @Schema(name = "SlotUse")
    public record SlotUse(String session, LocalDate date, String start, String end, int tablesUsed,
            Double percent) {
    }

    @Schema(name = "UnscheduledMeeting")
    public record Unscheduled(String participantA, String nameA, String participantB, String nameB, int priority,
            String reason) {
    }

    /** The figures of {@code view}, measured against what is known of the event before solving. */
    public static ScheduleStatistics of(ScheduleView view, Yardstick yardstick) {
        Map<PairKey, Integer> priorities = pairPriorities(view.requests());
        return new ScheduleStatistics(view.isDraft(), view.publicationNumber(), requests(view), meetings(view),
                priorities(view, priorities, yardstick.capacityBound()), perParticipant(view, yardstick),
                fairness(view, yardstick), breaks(view), tableUse(view), unscheduled(view, priorities), null);
    }

    private static Requests requests(ScheduleView view) {
        Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
        int suggested = 0;
        int suggestedAccepted = 0;
        for (RequestInfo r : view.requests()) {
            counts.merge(r.status(), 1, Integer::sum);
            if (r.suggested()) {
                suggested++;
                suggestedAccepted += r.status() == RequestStatus.ACCEPTED ? 1 : 0;
            }
        }
        return new Requests(view.requests().size(), counts.getOrDefault(RequestStatus.ACCEPTED, 0),
                counts.getOrDefault(RequestStatus.PENDING, 0), counts.getOrDefault(RequestStatus.DECLINED, 0),
                counts.getOrDefault(RequestStatus.CANCELLED, 0), suggested, suggestedAccepted);
    }

    private static Meetings meetings(ScheduleView view) {
        int scheduled = view.meetings().size();
        int unscheduled = view.unscheduled().size();
        return new Meetings(scheduled + unscheduled, scheduled, unscheduled,
                percent(scheduled, scheduled + unscheduled));
    }

    private static Priorities priorities(ScheduleView view, Map<PairKey, Integer> priorities, Long capacity) {
        int scheduled = 0;
        for (MeetingInfo m : view.meetings()) {
            scheduled += priority(priorities, m.a(), m.b());
        }
        int unscheduled = 0;
        for (UnscheduledInfo u : view.unscheduled()) {
            unscheduled += priority(priorities, u.a(), u.b());
        }
        return new Priorities(scheduled + unscheduled, scheduled, unscheduled,
                percent(scheduled, scheduled + unscheduled), capacity,
                capacity == null ? null : percent(scheduled, capacity));
    }

    private static MeetingsPerParticipant perParticipant(ScheduleView view, Yardstick yardstick) {
        List<Integer> counts = new ArrayList<>();
        Map<Integer, Integer> distribution = new TreeMap<>();
        List<String> without = new ArrayList<>();
        for (PersonInfo p : view.participants()) {
            int n = view.meetingsOf(p).size();
            counts.add(n);
            distribution.merge(n, 1, Integer::sum);
            if (n == 0) {
                without.add(p.code());
            }
        }
        counts.sort(null);
        int size = counts.size();
        return new MeetingsPerParticipant(size, size == 0 ? 0 : counts.get(0), median(counts),
                size == 0 ? 0 : counts.get(size - 1), distribution, without.size(), without, byGroup(view, yardstick));
    }

    private static List<GroupFigures> byGroup(ScheduleView view, Yardstick yardstick) {
        Map<String, Integer> requested = new HashMap<>();
        for (UnscheduledInfo u : view.unscheduled()) {
            requested.merge(u.a().code(), 1, Integer::sum);
            requested.merge(u.b().code(), 1, Integer::sum);
        }
        Map<String, List<PersonInfo>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (PersonInfo p : view.participants()) {
            groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
        }
        List<GroupFigures> figures = new ArrayList<>();
        for (Map.Entry<String, List<PersonInfo>> group : groups.entrySet()) {
            List<Integer> counts = new ArrayList<>();
            int scheduled = 0;
            int asked = 0;
            int without = 0;
            int below = 0;
            for (PersonInfo p : group.getValue()) {
                int n = view.meetingsOf(p).size();
                counts.add(n);
                scheduled += n;
                asked += n + requested.getOrDefault(p.code(), 0);
                without += n == 0 ? 1 : 0;
                below += isBelowMinimum(p, n, yardstick) ? 1 : 0;
            }
            counts.sort(null);
            figures.add(new GroupFigures(group.getKey(), counts.size(), asked, scheduled, percent(scheduled, asked),
                    counts.get(0), median(counts), Math.round(100.0 * scheduled / counts.size()) / 100.0,
                    counts.get(counts.size() - 1), without, yardstick.fairShares() == null ? null : below));
        }
        return figures;
    }

    private static Fairness fairness(ScheduleView view, Yardstick yardstick) {
        if (yardstick.fairShares() == null || yardstick.minimumMeetings() == null) {
            return new Fairness(yardstick.minimumMeetings(), null, null, null, null, null,
                    yardstick.priorityGivenUp());
        }
        int owed = 0;
        int belowShare = 0;
        int without = 0;
        Map<String, Integer> below = new HashMap<>();
        for (PersonInfo p : view.participants()) {
            int share = yardstick.fairShares().getOrDefault(p.code(), 0);
            if (share == 0) {
                continue;
            }
            int n = view.meetingsOf(p).size();
            owed++;
            belowShare += n < share ? 1 : 0;
            without += n == 0 ? 1 : 0;
            if (isBelowMinimum(p, n, yardstick)) {
                below.put(p.code(), n);
            }
        }
        List<String> belowIds = below.keySet().stream()
                .sorted(Comparator.comparing((String code) -> below.get(code)).thenComparing(Comparator.naturalOrder()))
                .toList();
        return new Fairness(yardstick.minimumMeetings(), owed, below.size(), belowShare, without, belowIds,
                yardstick.priorityGivenUp());
    }

    /** Owed a meeting and holding fewer than the event's minimum. */
    private static boolean isBelowMinimum(PersonInfo p, int meetings, Yardstick yardstick) {
        return yardstick.fairShares() != null && yardstick.minimumMeetings() != null
                && yardstick.fairShares().getOrDefault(p.code(), 0) > 0 && meetings < yardstick.minimumMeetings();
    }

    /** The median of sorted counts; 0 for none. */
    private static double median(List<Integer> sorted) {
        int size = sorted.size();
        return size == 0 ? 0
                : size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2.0;
    }

    private static Breaks breaks(ScheduleView view) {
        IdleBreaks.Count<String> count = new IdleBreaks.Count<>();
        for (SessionInfo s : view.sessions()) {
            s.slots().forEach(slot -> count.slot(slot.startDateTime(), slot.endDateTime()));
        }
        view.meetings().forEach(m -> count.meeting(m.a().code(), m.b().code(), m.start(), m.end()));
        IdleBreaks breaks = count.breaks();
        return new Breaks(breaks.total(), breaks.idleSlots(), breaks.participantsWithBreaks(),
                breaks.perParticipantDay());
    }

    private static TableUse tableUse(ScheduleView view) {
        Map<LocalDateTime, Set<String>> tablesAt = new HashMap<>();
        for (MeetingInfo m : view.meetings()) {
            tablesAt.computeIfAbsent(m.start(), s -> new HashSet<>()).add(m.table().code());
        }
        int tables = view.tables().size();
        List<SlotUse> perSlot = new ArrayList<>();
        int slots = 0;
        int used = 0;
        for (SessionInfo s : view.sessions()) {
            for (Timeslot slot : s.slots()) {
                int n = tablesAt.getOrDefault(slot.startDateTime(), Set.of()).size();
                perSlot.add(new SlotUse(s.code(), slot.date(), ExportText.time(slot.start()),
                        ExportText.time(slot.end()), n, percent(n, tables)));
                slots++;
                used += n;
            }
        }
        return new TableUse(tables, slots, slots * tables, used, percent(used, slots * tables), perSlot);
    }

    private static List<Unscheduled> unscheduled(ScheduleView view, Map<PairKey, Integer> priorities) {
        return view.unscheduled().stream()
                .map(u -> new Unscheduled(u.a().code(), u.a().name(), u.b().code(), u.b().name(),
                        priority(priorities, u.a(), u.b()), u.reason()))
                .toList();
    }

    /** The highest priority among each pair's accepted requests. */
    private static Map<PairKey, Integer> pairPriorities(List<RequestInfo> requests) {
        Map<PairKey, Integer> byPair = new HashMap<>();
        for (RequestInfo r : requests) {
            if (r.status().isSchedulable()) {
                byPair.merge(PairKey.of(r.from(), r.to()), r.priority(), Math::max);
            }
        }
        return byPair;
    }

    private static int priority(Map<PairKey, Integer> priorities, PersonInfo a, PersonInfo b) {
        return priorities.getOrDefault(PairKey.of(a.code(), b.code()), MeetingRequest.DEFAULT_PRIORITY);
    }

    /** Percent with one decimal, or null when there is nothing to divide by. */
    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}

package org.matchday.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.TimeRange;
import org.matchday.domain.Timeslot;
import org.matchday.domain.Timeslots;
import org.matchday.format.AvailabilityDoc;
import org.matchday.format.BreakDoc;
import org.matchday.format.EventDocument;
import org.matchday.format.MeetingDoc;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;
import org.matchday.format.TextFormats;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds realistic, reproducible matchmaking events as {@code matchday-event/1} documents, for the solver benchmark,
 * the solver tests and the bundled samples: the same {@link Spec} (seed included) always gives the same document,
 * byte for byte once written with {@link #toJson}. The one source of generated events; {@link #packable} adds an
 * event made to a pattern rather than drawn at random.
 */
public final class EventGenerator {

    /** A session held every day of the event, with one optional coffee break. */
    public record SessionShape(String code, String name, LocalTime start, LocalTime end, LocalTime breakStart,
            LocalTime breakEnd) {

        static SessionShape of(String code, String name, String start, String end, String breakStart,
                String breakEnd) {
            return new SessionShape(code, name, LocalTime.parse(start), LocalTime.parse(end),
                    breakStart == null ? null : LocalTime.parse(breakStart),
                    breakEnd == null ? null : LocalTime.parse(breakEnd));
        }
    }

    /** When and where meetings can happen. */
    public record Calendar(LocalDate firstDay, int days, List<SessionShape> sessionsPerDay, int meetingMinutes,
            int gapMinutes, int tables) {
    }

    /** A kind of participant and its share of the crowd. */
    public record GroupShare(String name, double share) {
    }

    /**
     * Who comes. {@code partialShare} of the participants attend only part of the event, and of those
     * {@code oneDayShare} come on a single day; {@code boothShare} hold a fixed table; {@code maxMeetingsShare}
     * cap their meetings; {@code taiwanShare} come from Taiwan.
     */
    public record Crowd(int participants, List<GroupShare> groups, double partialShare, double oneDayShare,
            double boothShare, double maxMeetingsShare, double taiwanShare) {
    }

    /**
     * Who wants to meet whom. Popularity follows a Zipf law of exponent {@code popularitySkew}; nobody gets more
     * accepted partners than {@code partnerCapFactor} times its available slots, so the popular are overbooked but
     * not absurdly. {@code mutualShare} of accepted wishes get a wish back; {@code restrictedShare} allow only some
     * sessions.
     */
    public record Wishes(int count, double popularitySkew, double partnerCapFactor, double mutualShare,
            double restrictedShare, double declinedShare, double pendingShare) {
    }

    /**
     * Everything that shapes a generated event. In {@code ample} mode everyone attends throughout, no wish is
     * restricted or capped, nobody has more partners than its slots minus one, and there is a table for every
     * possible simultaneous meeting, so that a timetable holding every accepted wish exists (Vizing's theorem).
     */
    public record Spec(String name, String timezone, String venue, Calendar calendar, Crowd crowd, Wishes wishes,
            boolean ample, long seed) {

        public Spec withSeed(long newSeed) {
            return new Spec(name, timezone, venue, calendar, crowd, wishes, ample, newSeed);
        }
    }

    /** Families of events: the benchmark's four, and two that tests solve in a few seconds. */
    public enum Preset {
        /** (a) About 300 participants and 1,500 wishes over 2 days: the Brussels sample. */
        BROKERAGE_TWO_DAYS,
        /** (b) About 2,000 participants and 11,000 wishes over 3 days at 300 tables. */
        LARGE_THREE_DAYS,
        /** About 5,000 participants and 30,000 wishes over 3 days at 750 tables: the scale target of issue 24. */
        HUGE_THREE_DAYS,
        /** (c) Plenty of tables and time: every accepted wish fits. */
        AMPLE,
        /**
         * (d) One dense afternoon: 120 participants and 600 wishes for 6 slots at 40 tables, half of them from
         * Taiwan. The popular are overbooked, and some who asked little ask only them: the case for fairness.
         */
        DENSE_AFTERNOON,
        /** The brokerage's texture at test size: 40 participants and 120 wishes on one day at 12 tables. */
        SMALL,
        /** The ample family at test size: 60 participants and 150 wishes on one day at 40 tables. */
        SMALL_AMPLE;

        public Spec spec() {
            return switch (this) {
                case BROKERAGE_TWO_DAYS -> new Spec("EU-Taiwan Innovation Brokerage Days 2026", "Europe/Brussels",
                        "SQUARE Brussels Convention Centre, Mont des Arts, Brussels",
                        new Calendar(LocalDate.of(2026, 10, 14), 2, STANDARD_DAY, 25, 5, 90),
                        new Crowd(300, STANDARD_GROUPS, 0.20, 0.5, 0.10, 0.10, 0.20),
                        new Wishes(1500, 0.8, 1.5, 0.15, 0.08, 0.03, 0.02), false, 20261014L);
                case LARGE_THREE_DAYS -> new Spec("EU-Taiwan Innovation Brokerage Week (benchmark)",
                        "Europe/Brussels", "Brussels Expo, Hall 5",
                        new Calendar(LocalDate.of(2026, 11, 17), 3, STANDARD_DAY, 25, 5, 300),
                        new Crowd(2000, STANDARD_GROUPS, 0.25, 0.5, 0.05, 0.10, 0.20),
                        new Wishes(11000, 0.8, 1.5, 0.15, 0.08, 0.03, 0.02), false, 20261117L);
                case HUGE_THREE_DAYS -> new Spec("EU-Taiwan Innovation Brokerage Week, scale (benchmark)",
                        "Europe/Brussels", "Brussels Expo, Halls 5 and 6",
                        new Calendar(LocalDate.of(2026, 11, 17), 3, STANDARD_DAY, 25, 5, 750),
                        new Crowd(5000, STANDARD_GROUPS, 0.25, 0.5, 0.05, 0.10, 0.20),
                        new Wishes(30000, 0.8, 1.5, 0.15, 0.08, 0.03, 0.02), false, 20261118L);
                case AMPLE -> new Spec("Ample capacity matchmaking (benchmark)", "Europe/Brussels",
                        "Brussels, The Egg",
                        new Calendar(LocalDate.of(2026, 9, 9), 1, STANDARD_DAY, 25, 5, 120),
                        new Crowd(200, STANDARD_GROUPS, 0, 0, 0.10, 0, 0.20),
                        new Wishes(800, 0.6, 1.0, 0.15, 0, 0.03, 0.02), true, 20260909L);
                case DENSE_AFTERNOON -> new Spec("Taiwan-EU matchmaking afternoon (dense)", "Asia/Taipei",
                        "Taipei International Convention Center",
                        new Calendar(LocalDate.of(2026, 6, 4), 1, List.of(STANDARD_DAY.get(1)), 25, 5, 40),
                        new Crowd(120, STANDARD_GROUPS, 0.15, 0, 0.10, 0.05, 0.50),
                        new Wishes(600, 1.0, 2.0, 0.15, 0.05, 0.03, 0.02), false, 20260604L);
                case SMALL -> new Spec("Small brokerage (test)", "Europe/Brussels", "Brussels, Egmont Palace",
                        new Calendar(LocalDate.of(2026, 3, 10), 1, STANDARD_DAY, 25, 5, 12),
                        new Crowd(40, STANDARD_GROUPS, 0.25, 0.5, 0.10, 0.10, 0.20),
                        new Wishes(120, 0.8, 1.5, 0.15, 0.08, 0.03, 0.02), false, 20260310L);
                case SMALL_AMPLE -> new Spec("Small ample matchmaking (test)", "Europe/Brussels",
                        "Brussels, The Egg", new Calendar(LocalDate.of(2026, 9, 10), 1, STANDARD_DAY, 25, 5, 40),
                        new Crowd(60, STANDARD_GROUPS, 0, 0, 0.10, 0, 0.20),
                        new Wishes(150, 0.6, 1.0, 0.15, 0, 0.03, 0.02), true, 20260910L);
            };
        }
    }

    static final List<SessionShape> STANDARD_DAY = List.of(
            SessionShape.of("am", "morning", "09:00", "12:30", "10:30", "10:50"),
            SessionShape.of("pm", "afternoon", "14:00", "17:30", "15:30", "15:50"));

    static final List<GroupShare> STANDARD_GROUPS = List.of(new GroupShare("Company", 0.55),
            new GroupShare("Research", 0.20), new GroupShare("Investor", 0.10), new GroupShare("Cluster", 0.15));

    /** 1 to 5, most wishes at the default 3. */
    private static final double[] PRIORITY_WEIGHTS = {0.08, 0.17, 0.45, 0.20, 0.10};

    private static final ObjectWriter JSON = new ObjectMapper().writer(printer());

    private EventGenerator() {
    }

    /** The document {@code spec} describes. */
    public static EventDocument generate(Spec spec) {
        return new Run(spec).build();
    }

    /**
     * An event whose meetings can all be packed back to back, so that a perfect timetable has no break: visitor v
     * wants hosts v, v+1, ..., v+k-1 (cyclic), and meeting host v+j in slot j leaves nobody waiting. Hosts keep
     * their own tables; requests and participants come in shuffled order.
     */
    public static EventDocument packable(int hosts, int wishesPerVisitor, long seed) {
        Random random = new Random(seed);
        List<SessionDoc> sessions = List.of(new SessionDoc("day", "Matchmaking", "2026-05-20", "09:00", "13:00", 20, 5,
                null, null));
        List<TableDoc> tables = new ArrayList<>();
        List<ParticipantDoc> participants = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            tables.add(new TableDoc(String.format("T%02d", h + 1), null, null));
            participants.add(new ParticipantDoc(String.format("h%02d", h), "Host " + h, null, "Host", "BE", null, null,
                    null, tables.get(h).id(), null, null, null, null, null, null, null));
        }
        List<RequestDoc> wishes = new ArrayList<>();
        for (int v = 0; v < hosts; v++) {
            participants.add(new ParticipantDoc(String.format("v%02d", v), "Visitor " + v, null, "Visitor", "FR", null,
                    null, null, null, null, null, null, null, null, null, null));
            for (int j = 0; j < wishesPerVisitor; j++) {
                wishes.add(new RequestDoc(null, String.format("v%02d", v), String.format("h%02d", (v + j) % hosts),
                        1 + random.nextInt(5), null, RequestStatus.ACCEPTED, null, null));
            }
        }
        Collections.shuffle(wishes, random);
        List<RequestDoc> requests = new ArrayList<>();
        for (RequestDoc r : wishes) {
            requests.add(new RequestDoc("r" + (requests.size() + 1), r.from(), r.to(), r.priority(), null,
                    r.status(), null, null));
        }
        Collections.shuffle(participants, random);
        return new EventDocument(EventDocument.FORMAT, "Packable event #" + seed, "Europe/Brussels", null, null, null, null,
                sessions, tables, participants, requests, List.of(), List.of());
    }

    /**
     * A one-day B2B forum shaped like the real ones of Bofill et al. (JAIR 2022): a morning and an afternoon session
     * of 15-minute slots, 40 to 80 participants, 120 to 300 meetings, some restricted to the morning or the
     * afternoon, some participants who come for one session only or have slots they cannot meet in, a few pinned
     * meetings, and a table for every two participants. Every meeting fits: each is drawn into a slot both its
     * participants still have free (a planted timetable, never published), so the goal is the fewest breaks.
     */
    public static EventDocument forum(long seed) {
        return new Forum(seed).build(false);
    }

    /** The same forum with every meeting placed where the generator drew it: proof that every meeting fits. */
    public static EventDocument forumTimetable(long seed) {
        return new Forum(seed).build(true);
    }

    /**
     * A dense afternoon of 100 to 150 participants, half of them from Taiwan: about seven wishes each for six
     * 25-minute slots, so wishes far exceed the slots and the popular are overbooked.
     */
    public static EventDocument dense(long seed) {
        int participants = 100 + new SplittableRandom(seed).nextInt(51);
        return generate(new Spec("Taiwan-EU matchmaking afternoon (dense #" + seed + ")", "Asia/Taipei",
                "Taipei International Convention Center",
                new Calendar(LocalDate.of(2026, 6, 4), 1, List.of(STANDARD_DAY.get(1)), 25, 5, participants / 3),
                new Crowd(participants, STANDARD_GROUPS, 0.15, 0, 0.10, 0.05, 0.50),
                new Wishes(7 * participants, 1.0, 2.5, 0.15, 0.05, 0.03, 0.02), false, seed));
    }

    /**
     * A forum like {@link #forum} whose timetable is planted with (almost) no break: every participant's meetings
     * form one unbroken run of slots on the day, except for {@code extraBreaks} meetings placed anywhere, so the
     * fewest breaks is at most {@link Planted#breaks()}. Forbidden slots, one-session participants, session
     * restrictions and pinned meetings are all derived from that timetable, so it stays a valid answer.
     */
    public static Planted plantedForum(long seed, int extraBreaks) {
        return new Forum(seed).planted(extraBreaks);
    }

    /** A planted forum of a chosen size (the tests' small ones): participants, meetings and slots per session. */
    public static Planted plantedForum(long seed, int extraBreaks, int participants, int meetings, int morningSlots,
            int afternoonSlots) {
        return new Forum(seed).planted(extraBreaks, participants, meetings, morningSlots, afternoonSlots);
    }

    /**
     * A generated event with a timetable known to hold every meeting: its breaks and priority bound the optimum
     * (at most that many breaks, exactly that priority, since every meeting fits).
     */
    public record Planted(EventDocument event, int breaks, long priority) {
    }

    /**
     * The dense day of issue 24: one day, a morning and an afternoon of eight 25-minute slots each, 120
     * participants at 30 tables wishing about 16 partners each (priorities 1 to 5), a quarter of them attending
     * only part of the day.
     */
    public static EventDocument denseDay(long seed) {
        List<SessionShape> day = List.of(SessionShape.of("am", "morning", "09:00", "13:00", null, null),
                SessionShape.of("pm", "afternoon", "14:00", "18:00", null, null));
        return generate(new Spec("Matchmaking day (dense #" + seed + ")", "Asia/Taipei",
                "Taipei International Convention Center", new Calendar(LocalDate.of(2026, 6, 5), 1, day, 25, 5, 30),
                new Crowd(120, STANDARD_GROUPS, 0.25, 0, 0.05, 0.05, 0.50),
                new Wishes(960, 0.8, 2.0, 0.15, 0.05, 0.0, 0.0), false, seed));
    }

    /** The two-day brokerage of issue 24: 300 participants, four sessions, 80 tables, about 8 wishes each. */
    public static EventDocument brokerage(long seed) {
        return generate(new Spec("Innovation brokerage, two days (#" + seed + ")", "Europe/Brussels",
                "SQUARE Brussels Convention Centre", new Calendar(LocalDate.of(2026, 10, 14), 2, STANDARD_DAY, 25, 5,
                80), new Crowd(300, STANDARD_GROUPS, 0.20, 0.5, 0.10, 0.10, 0.20),
                new Wishes(1200, 0.8, 1.5, 0.15, 0.08, 0.0, 0.0), false, seed));
    }

    /** 1 to 5, most at the default 3. */
    private static int pickPriority(SplittableRandom random) {
        double x = random.nextDouble();
        for (int p = 0; p < PRIORITY_WEIGHTS.length; p++) {
            x -= PRIORITY_WEIGHTS[p];
            if (x < 0) {
                return p + 1;
            }
        }
        return 3;
    }

    /** Pretty-printed JSON with two-space indents, fields in the records' order, ending in a new line. */
    public static String toJson(EventDocument document) {
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the event", e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    /** One generation: the random source and everything decided so far. */
    private static final class Run {

        private final Spec spec;
        private final SplittableRandom random;
        private final List<SessionDoc> sessions = new ArrayList<>();
        private final List<List<Timeslot>> slotsBySession = new ArrayList<>();
        private final List<ParticipantDoc> participants = new ArrayList<>();
        /** Per participant: the indexes of the sessions it attends at least in part. */
        private final List<Set<Integer>> attended = new ArrayList<>();
        private final List<Integer> availableSlots = new ArrayList<>();
        private final Set<String> usedNames = new HashSet<>();

        Run(Spec spec) {
            this.spec = spec;
            this.random = new SplittableRandom(spec.seed());
        }

        EventDocument build() {
            buildSessions();
            List<TableDoc> tables = buildTables();
            buildParticipants(tables);
            List<RequestDoc> requests = buildRequests();
            return new EventDocument(EventDocument.FORMAT, spec.name(), spec.timezone(), spec.venue(), null, null, null,
                    sessions, tables, participants, requests, null, null);
        }

        private void buildSessions() {
            Calendar calendar = spec.calendar();
            for (int day = 0; day < calendar.days(); day++) {
                LocalDate date = calendar.firstDay().plusDays(day);
                for (SessionShape shape : calendar.sessionsPerDay()) {
                    String id = "d" + (day + 1) + "-" + shape.code();
                    List<BreakDoc> breaks = shape.breakStart() == null ? null : List.of(new BreakDoc(
                            TextFormats.format(shape.breakStart()), TextFormats.format(shape.breakEnd())));
                    sessions.add(new SessionDoc(id, "Day " + (day + 1) + " " + shape.name(),
                            TextFormats.format(date), TextFormats.format(shape.start()),
                            TextFormats.format(shape.end()), calendar.meetingMinutes(), calendar.gapMinutes(), breaks,
                            null));
                    List<TimeRange> pauses = shape.breakStart() == null ? List.of()
                            : List.of(new TimeRange(shape.breakStart(), shape.breakEnd()));
                    slotsBySession.add(Timeslots.derive(id, date, shape.start(), shape.end(),
                            calendar.meetingMinutes(), calendar.gapMinutes(), pauses));
                }
            }
        }

        private List<TableDoc> buildTables() {
            int count = spec.calendar().tables();
            int width = String.valueOf(count).length() < 2 ? 2 : String.valueOf(count).length();
            List<TableDoc> tables = new ArrayList<>();
            for (int t = 1; t <= count; t++) {
                tables.add(new TableDoc("T" + pad(t, width), "Table " + t, null));
            }
            return tables;
        }

        private void buildParticipants(List<TableDoc> tables) {
            Crowd crowd = spec.crowd();
            int count = crowd.participants();
            int booths = (int) Math.round(crowd.boothShare() * count);
            if (booths > tables.size()) {
                throw new IllegalArgumentException(booths + " booth holders need more than " + tables.size()
                        + " tables");
            }
            if (spec.ample() && tables.size() < booths + (count - booths + 1) / 2) {
                throw new IllegalArgumentException("Ample mode needs at least " + (booths + (count - booths + 1) / 2)
                        + " tables for " + count + " participants");
            }
            Set<Integer> boothHolders = pick(count, booths);
            int width = Math.max(3, String.valueOf(count).length());
            int nextBooth = 0;
            for (int i = 0; i < count; i++) {
                String group = pickGroup(crowd.groups());
                boolean taiwan = random.nextDouble() < crowd.taiwanShare();
                Origin origin = taiwan ? Names.TAIWAN : Names.EUROPE[random.nextInt(Names.EUROPE.length)];
                List<String> sectors = pickSectors();
                boolean booth = boothHolders.contains(i);
                List<AvailabilityDoc> availability = null;
                if (!spec.ample() && !booth && random.nextDouble() < crowd.partialShare()) {
                    availability = partialAvailability(crowd.oneDayShare());
                }
                Integer maxMeetings = !spec.ample() && random.nextDouble() < crowd.maxMeetingsShare()
                        ? 4 + random.nextInt(7) : null;
                String table = booth ? tables.get(nextBooth++).id() : null;
                participants.add(new ParticipantDoc("p" + pad(i + 1, width), uniquePersonName(origin),
                        origin.organisation(group, sectors.get(0), random), group, origin.country(), sectors,
                        availability, maxMeetings, table, null, null, null, null, null, null, null));
                recordAvailability(availability);
            }
        }

        /** Windows covering part of the event, on slot boundaries: one day only, or a late start or early end. */
        private List<AvailabilityDoc> partialAvailability(double oneDayShare) {
            int perDay = spec.calendar().sessionsPerDay().size();
            int days = spec.calendar().days();
            int first;
            int last;
            if (days > 1 && random.nextDouble() < oneDayShare) {
                int day = random.nextInt(days);
                first = day * perDay;
                last = first + perDay - 1;
            } else {
                first = random.nextInt(sessions.size());
                last = first + random.nextInt(sessions.size() - first);
                if (first == 0 && last == sessions.size() - 1 && sessions.size() > 1) {
                    if (random.nextBoolean()) {
                        first++;
                    } else {
                        last--;
                    }
                }
            }
            List<AvailabilityDoc> windows = new ArrayList<>();
            for (int s = first; s <= last; s++) {
                SessionDoc session = sessions.get(s);
                List<Timeslot> slots = slotsBySession.get(s);
                String from = session.start();
                String to = session.end();
                // Arrives late in the first session or leaves early in the last one, at a slot boundary.
                if (s == first && slots.size() > 2 && random.nextDouble() < 0.4) {
                    from = TextFormats.format(slots.get(1 + random.nextInt(slots.size() / 2)).start());
                }
                if (s == last && slots.size() > 2 && random.nextDouble() < 0.4) {
                    to = TextFormats.format(slots.get(slots.size() - 2 - random.nextInt(slots.size() / 2)).end());
                }
                if (TextFormats.time(from).isBefore(TextFormats.time(to))) {
                    windows.add(new AvailabilityDoc(session.id(), from, to));
                }
            }
            return windows;
        }

        private void recordAvailability(List<AvailabilityDoc> availability) {
            Set<Integer> sessionsAttended = new LinkedHashSet<>();
            int slots = 0;
            for (int s = 0; s < sessions.size(); s++) {
                for (Timeslot slot : slotsBySession.get(s)) {
                    if (covers(availability, slot)) {
                        sessionsAttended.add(s);
                        slots++;
                    }
                }
            }
            attended.add(sessionsAttended);
            availableSlots.add(slots);
        }

        private static boolean covers(List<AvailabilityDoc> availability, Timeslot slot) {
            if (availability == null) {
                return true;
            }
            for (AvailabilityDoc w : availability) {
                if (w.session().equals(slot.session()) && !slot.start().isBefore(TextFormats.time(w.from()))
                        && !slot.end().isAfter(TextFormats.time(w.to()))) {
                    return true;
                }
            }
            return false;
        }

        private List<RequestDoc> buildRequests() {
            Wishes wishes = spec.wishes();
            int n = participants.size();
            double[] cumulative = popularity(n, wishes.popularitySkew());
            int[] partners = new int[n];
            int[] cap = new int[n];
            for (int i = 0; i < n; i++) {
                int slots = availableSlots.get(i);
                cap[i] = spec.ample() ? slots - 1 : (int) Math.floor(wishes.partnerCapFactor() * slots);
            }
            Set<String> askedPairs = new HashSet<>();
            List<RequestDoc> requests = new ArrayList<>();
            int width = Math.max(4, String.valueOf(wishes.count()).length());
            long attempts = 0;
            long maxAttempts = 500L * wishes.count();
            while (requests.size() < wishes.count()) {
                if (++attempts > maxAttempts) {
                    throw new IllegalStateException("Only " + requests.size() + " of " + wishes.count()
                            + " wishes fit this spec; lower the count or widen the caps");
                }
                int from = random.nextInt(n);
                int to = pickWeighted(cumulative);
                String pair = Math.min(from, to) + "-" + Math.max(from, to);
                // A pair gets a second request only as the answer to an accepted first one, below.
                if (from == to || askedPairs.contains(pair) || !affine(from, to)) {
                    continue;
                }
                ParticipantDoc a = participants.get(from);
                ParticipantDoc b = participants.get(to);
                // Two fixed tables can never host the same meeting.
                if (a.table() != null && b.table() != null) {
                    continue;
                }
                List<Integer> common = new ArrayList<>(attended.get(from));
                common.retainAll(attended.get(to));
                if (common.isEmpty()) {
                    continue;
                }
                RequestStatus status = pickStatus(wishes);
                if (status.isSchedulable() && (partners[from] >= cap[from] || partners[to] >= cap[to])) {
                    continue;
                }
                List<String> allowed = !spec.ample() && random.nextDouble() < wishes.restrictedShare()
                        ? restrictTo(common) : null;
                requests.add(new RequestDoc("r" + pad(requests.size() + 1, width), a.id(), b.id(), pickPriority(),
                        allowed, status, null, null));
                askedPairs.add(pair);
                if (status.isSchedulable()) {
                    partners[from]++;
                    partners[to]++;
                    if (requests.size() < wishes.count() && random.nextDouble() < wishes.mutualShare()) {
                        requests.add(new RequestDoc("r" + pad(requests.size() + 1, width), b.id(), a.id(),
                                pickPriority(), allowed, RequestStatus.ACCEPTED, null, null));
                    }
                }
            }
            return requests;
        }

        /** Same-group wishes are rarer, and so are wishes that stay on one side of the EU-Taiwan divide. */
        private boolean affine(int from, int to) {
            ParticipantDoc a = participants.get(from);
            ParticipantDoc b = participants.get(to);
            double odds = 1.0;
            if (a.group().equals(b.group())) {
                odds *= 0.5;
            }
            if ("TW".equals(a.country()) == "TW".equals(b.country())) {
                odds *= 0.7;
            }
            return random.nextDouble() < odds;
        }

        /** One or two of the sessions both can attend, in time order. */
        private List<String> restrictTo(List<Integer> common) {
            int first = common.get(random.nextInt(common.size()));
            List<String> allowed = new ArrayList<>(List.of(sessions.get(first).id()));
            int next = common.indexOf(first) + 1;
            if (next < common.size() && random.nextBoolean()) {
                allowed.add(sessions.get(common.get(next)).id());
            }
            return allowed;
        }

        /** Cumulative Zipf weights over a random ranking, so that the popular ones are scattered. */
        private double[] popularity(int n, double skew) {
            int[] rank = new int[n];
            for (int i = 0; i < n; i++) {
                rank[i] = i + 1;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = rank[i];
                rank[i] = rank[j];
                rank[j] = t;
            }
            double[] cumulative = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += 1.0 / Math.pow(rank[i], skew);
                cumulative[i] = total;
            }
            return cumulative;
        }

        private int pickWeighted(double[] cumulative) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
        }

        private RequestStatus pickStatus(Wishes wishes) {
            double x = random.nextDouble();
            if (x < wishes.declinedShare()) {
                return RequestStatus.DECLINED;
            }
            return x < wishes.declinedShare() + wishes.pendingShare() ? RequestStatus.PENDING
                    : RequestStatus.ACCEPTED;
        }

        private int pickPriority() {
            return EventGenerator.pickPriority(random);
        }


        private String pickGroup(List<GroupShare> groups) {
            double total = groups.stream().mapToDouble(GroupShare::share).sum();
            double x = random.nextDouble() * total;
            for (GroupShare g : groups) {
                x -= g.share();
                if (x < 0) {
                    return g.name();
                }
            }
            return groups.get(groups.size() - 1).name();
        }

        private List<String> pickSectors() {
            int count = 1 + random.nextInt(3);
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < count) {
                chosen.add(Names.SECTORS[random.nextInt(Names.SECTORS.length)]);
            }
            return List.copyOf(chosen);
        }

        /** {@code k} distinct indexes below {@code n}. */
        private Set<Integer> pick(int n, int k) {
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < k) {
                chosen.add(random.nextInt(n));
            }
            return chosen;
        }

        private String uniquePersonName(Origin origin) {
            for (int attempt = 0; attempt < 20; attempt++) {
                String name = origin.person(random);
                if (usedNames.add(name)) {
                    return name;
                }
            }
            return origin.person(random);
        }

        private static String pad(int number, int width) {
            String text = Integer.toString(number);
            return "0".repeat(Math.max(0, width - text.length())) + text;
        }
    }

    /** One generated forum: its participants' availability and the planted timetable its meetings come from. */
    private static final class Forum {

        private static final LocalDate DAY = LocalDate.of(2026, 4, 22);
        private static final int SLOT_MINUTES = 15;

        private final long seed;
        private final SplittableRandom random;

        Forum(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
        }

        EventDocument build(boolean placeAll) {
            int count = 40 + random.nextInt(41);
            int meetingCount = Math.max(120,
                    Math.min(300, (int) Math.round(count * (2.5 + 1.5 * random.nextDouble()))));
            int morningSlots = 12 + random.nextInt(5);
            int afternoonSlots = 10 + random.nextInt(5);
            LocalTime morning = LocalTime.of(9, 0);
            LocalTime afternoon = LocalTime.of(14, 0);
            List<SessionDoc> sessions = List.of(
                    new SessionDoc("am", "Morning", TextFormats.format(DAY), TextFormats.format(morning),
                            TextFormats.format(morning.plusMinutes((long) SLOT_MINUTES * morningSlots)), SLOT_MINUTES,
                            0, null, null),
                    new SessionDoc("pm", "Afternoon", TextFormats.format(DAY), TextFormats.format(afternoon),
                            TextFormats.format(afternoon.plusMinutes((long) SLOT_MINUTES * afternoonSlots)),
                            SLOT_MINUTES, 0, null, null));
            int slots = morningSlots + afternoonSlots;
            // Slot i is in the morning below morningSlots; its start follows from its session.
            LocalTime[] starts = new LocalTime[slots];
            for (int i = 0; i < slots; i++) {
                starts[i] = i < morningSlots ? morning.plusMinutes((long) SLOT_MINUTES * i)
                        : afternoon.plusMinutes((long) SLOT_MINUTES * (i - morningSlots));
            }

            int width = Math.max(2, String.valueOf(count).length());
            List<ParticipantDoc> participants = new ArrayList<>();
            boolean[][] available = new boolean[count][slots];
            double[] weight = new double[count];
            for (int p = 0; p < count; p++) {
                double kind = random.nextDouble();
                int from = kind < 0.1 ? morningSlots : 0;
                int to = kind >= 0.1 && kind < 0.2 ? morningSlots : slots;
                for (int s = from; s < to; s++) {
                    available[p][s] = true;
                }
                boolean forbidden = random.nextDouble() < 0.25;
                if (forbidden) {
                    for (int k = 1 + random.nextInt(4); k > 0; k--) {
                        available[p][from + random.nextInt(to - from)] = false;
                    }
                }
                // Popularity: some are wanted by many, most by a few.
                weight[p] = 1.0 / Math.pow(1 + random.nextInt(count), 0.7);
                Origin origin = random.nextDouble() < 0.3 ? Names.TAIWAN
                        : Names.EUROPE[random.nextInt(Names.EUROPE.length)];
                String group = random.nextDouble() < 0.6 ? "Company" : "Research";
                String sector = Names.SECTORS[random.nextInt(Names.SECTORS.length)];
                participants.add(new ParticipantDoc("f" + pad(p + 1, width), origin.person(random),
                        origin.organisation(group, sector, random), group, origin.country(), List.of(sector),
                        kind < 0.2 || forbidden ? windows(available[p], sessions, starts, morningSlots) : null, null,
                        null, null, null, null, null, null, null, null));
            }

            boolean[][] busy = new boolean[count][slots];
            Set<Long> pairs = new HashSet<>();
            List<int[]> planted = new ArrayList<>();
            double total = Arrays.stream(weight).sum();
            for (long attempt = 0; planted.size() < meetingCount && attempt < 1000L * meetingCount; attempt++) {
                int a = pickWeighted(weight, total);
                int b = pickWeighted(weight, total);
                if (a == b || !pairs.add((long) Math.min(a, b) * count + Math.max(a, b))) {
                    continue;
                }
                List<Integer> common = new ArrayList<>();
                for (int s = 0; s < slots; s++) {
                    if (available[a][s] && available[b][s] && !busy[a][s] && !busy[b][s]) {
                        common.add(s);
                    }
                }
                if (common.isEmpty()) {
                    pairs.remove((long) Math.min(a, b) * count + Math.max(a, b));
                    continue;
                }
                int slot = common.get(random.nextInt(common.size()));
                busy[a][slot] = true;
                busy[b][slot] = true;
                planted.add(new int[] {a, b, slot});
            }

            int tables = (count + 1) / 2;
            List<TableDoc> tableDocs = new ArrayList<>();
            for (int t = 1; t <= tables; t++) {
                tableDocs.add(new TableDoc("T" + pad(t, 2), "Table " + t, null));
            }
            List<RequestDoc> requests = new ArrayList<>();
            List<MeetingDoc> placed = new ArrayList<>();
            int[] tablesUsed = new int[slots];
            Set<Integer> toPin = new HashSet<>();
            for (int k = 2 + random.nextInt(4); toPin.size() < Math.min(k, planted.size()); ) {
                toPin.add(random.nextInt(planted.size()));
            }
            for (int[] m : planted) {
                ParticipantDoc a = participants.get(m[0]);
                ParticipantDoc b = participants.get(m[1]);
                // A restriction always allows the session the planted timetable uses, so every meeting still fits.
                List<String> allowed = random.nextDouble() < 0.15
                        ? List.of(m[2] < morningSlots ? "am" : "pm") : null;
                String id = "r" + pad(requests.size() + 1, 3);
                requests.add(new RequestDoc(id, a.id(), b.id(), pickPriority(random), allowed, RequestStatus.ACCEPTED,
                        null, null));
                if (random.nextDouble() < 0.2) {
                    requests.add(new RequestDoc("r" + pad(requests.size() + 1, 3), b.id(), a.id(), pickPriority(random),
                            allowed, RequestStatus.ACCEPTED, null, null));
                }
                boolean pin = toPin.contains(planted.indexOf(m));
                // Every planted meeting takes its table, placed or not, so a pinned one sits at the same table in
                // the forum as in its timetable.
                String table = tableDocs.get(tablesUsed[m[2]]++).id();
                if (pin || placeAll) {
                    placed.add(new MeetingDoc(List.of(a.id(), b.id()), List.of(id), m[2] < morningSlots ? "am" : "pm",
                            TextFormats.format(DAY.atTime(starts[m[2]])), null, table, pin ? true : null));
                }
            }
            return new EventDocument(EventDocument.FORMAT, "B2B forum #" + seed, "Europe/Madrid",
                    "Girona, Palau de Congressos", null, null, null, sessions, tableDocs, participants, requests,
                    placed, null);
        }

        /**
         * Plants a timetable first (each participant's meetings an unbroken run of slots, but for {@code extra}
         * meetings placed anywhere), then derives the forum from it: participants whose run lies in one session
         * may attend only that session, some get forbidden slots outside their run, some requests are restricted
         * to the session their meeting is in, and a few meetings are pinned where they are.
         */
        Planted planted(int extra) {
            int count = 40 + random.nextInt(41);
            int meetingCount = Math.max(120, Math.min(300, (int) Math.round(count * (2.5 + 1.5 * random.nextDouble()))));
            return planted(extra, count, meetingCount, 12 + random.nextInt(5), 10 + random.nextInt(5));
        }

        Planted planted(int extra, int count, int meetingCount, int morningSlots, int afternoonSlots) {
            int slots = morningSlots + afternoonSlots;
            LocalTime morning = LocalTime.of(9, 0);
            LocalTime afternoon = LocalTime.of(14, 0);
            List<SessionDoc> sessions = List.of(
                    new SessionDoc("am", "Morning", TextFormats.format(DAY), TextFormats.format(morning),
                            TextFormats.format(morning.plusMinutes((long) SLOT_MINUTES * morningSlots)), SLOT_MINUTES,
                            0, null, null),
                    new SessionDoc("pm", "Afternoon", TextFormats.format(DAY), TextFormats.format(afternoon),
                            TextFormats.format(afternoon.plusMinutes((long) SLOT_MINUTES * afternoonSlots)),
                            SLOT_MINUTES, 0, null, null));
            LocalTime[] starts = new LocalTime[slots];
            for (int i = 0; i < slots; i++) {
                starts[i] = i < morningSlots ? morning.plusMinutes((long) SLOT_MINUTES * i)
                        : afternoon.plusMinutes((long) SLOT_MINUTES * (i - morningSlots));
            }
            double[] weight = new double[count];
            for (int p = 0; p < count; p++) {
                weight[p] = 1.0 / Math.pow(1 + random.nextInt(count), 0.7);
            }
            double total = Arrays.stream(weight).sum();
            boolean[][] busy = new boolean[count][slots];
            int[] first = new int[count];
            int[] last = new int[count];
            Arrays.fill(first, -1);
            Arrays.fill(last, -1);
            Set<Long> pairs = new HashSet<>();
            List<int[]> planted = new ArrayList<>();
            int extraLeft = extra;
            for (long attempt = 0; planted.size() < meetingCount && attempt < 2000L * meetingCount; attempt++) {
                int a = pickWeighted(weight, total);
                int b = pickWeighted(weight, total);
                long key = (long) Math.min(a, b) * count + Math.max(a, b);
                if (a == b || pairs.contains(key)) {
                    continue;
                }
                // Extra meetings come last, once the runs are long, so each of them really opens a break.
                boolean anywhere = extraLeft > 0 && planted.size() >= meetingCount - extraLeft;
                List<Integer> fitting = new ArrayList<>();
                for (int s = 0; s < slots; s++) {
                    if (!busy[a][s] && !busy[b][s] && (anywhere || (extends_(first[a], last[a], s)
                            && extends_(first[b], last[b], s)))) {
                        fitting.add(s);
                    }
                }
                if (fitting.isEmpty()) {
                    continue;
                }
                int slot = fitting.get(random.nextInt(fitting.size()));
                pairs.add(key);
                for (int p : new int[] {a, b}) {
                    busy[p][slot] = true;
                    first[p] = first[p] < 0 ? slot : Math.min(first[p], slot);
                    last[p] = Math.max(last[p], slot);
                }
                if (anywhere) {
                    extraLeft--;
                }
                planted.add(new int[] {a, b, slot});
            }
            int breaks = 0;
            for (int p = 0; p < count; p++) {
                for (int s = 1; s < slots; s++) {
                    // A meeting after a free slot that follows an earlier meeting of the day ends a break.
                    if (busy[p][s] && !busy[p][s - 1] && first[p] < s - 1) {
                        breaks++;
                    }
                }
            }

            int width = Math.max(2, String.valueOf(count).length());
            List<ParticipantDoc> participants = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                boolean[] available = new boolean[slots];
                // One session only when the whole run lies in it and the draw says so; else the whole day.
                boolean oneSession = first[p] >= 0 && random.nextDouble() < 0.25
                        && (last[p] < morningSlots || first[p] >= morningSlots);
                int from = oneSession && first[p] >= morningSlots ? morningSlots : 0;
                int to = oneSession && last[p] < morningSlots ? morningSlots : slots;
                for (int s = from; s < to; s++) {
                    available[s] = true;
                }
                boolean forbidden = random.nextDouble() < 0.3;
                if (forbidden) {
                    for (int k = 1 + random.nextInt(4); k > 0; k--) {
                        int s = from + random.nextInt(to - from);
                        // Never a slot of the planted timetable: it must stay valid.
                        available[s] = available[s] && busy[p][s];
                    }
                }
                Origin origin = random.nextDouble() < 0.3 ? Names.TAIWAN
                        : Names.EUROPE[random.nextInt(Names.EUROPE.length)];
                String group = random.nextDouble() < 0.6 ? "Company" : "Research";
                String sector = Names.SECTORS[random.nextInt(Names.SECTORS.length)];
                participants.add(new ParticipantDoc("f" + pad(p + 1, width), origin.person(random),
                        origin.organisation(group, sector, random), group, origin.country(), List.of(sector),
                        oneSession || forbidden ? windows(available, sessions, starts, morningSlots) : null, null,
                        null, null, null, null, null, null, null, null));
            }
            int tables = (count + 1) / 2;
            List<TableDoc> tableDocs = new ArrayList<>();
            for (int t = 1; t <= tables; t++) {
                tableDocs.add(new TableDoc("T" + pad(t, 2), "Table " + t, null));
            }
            Collections.shuffle(planted, new Random(seed));
            Set<Integer> toPin = new HashSet<>();
            for (int k = 2 + random.nextInt(4); toPin.size() < Math.min(k, planted.size()); ) {
                toPin.add(random.nextInt(planted.size()));
            }
            List<RequestDoc> requests = new ArrayList<>();
            List<MeetingDoc> pinned = new ArrayList<>();
            int[] tablesUsed = new int[slots];
            long priority = 0;
            for (int i = 0; i < planted.size(); i++) {
                int[] m = planted.get(i);
                ParticipantDoc a = participants.get(m[0]);
                ParticipantDoc b = participants.get(m[1]);
                List<String> allowed = random.nextDouble() < 0.2 ? List.of(m[2] < morningSlots ? "am" : "pm") : null;
                String id = "r" + pad(requests.size() + 1, 3);
                int p = pickPriority(random);
                requests.add(new RequestDoc(id, a.id(), b.id(), p, allowed, RequestStatus.ACCEPTED, null, null));
                if (random.nextDouble() < 0.2) {
                    int back = pickPriority(random);
                    p = Math.max(p, back);
                    requests.add(new RequestDoc("r" + pad(requests.size() + 1, 3), b.id(), a.id(), back, allowed,
                            RequestStatus.ACCEPTED, null, null));
                }
                priority += p;
                String table = tableDocs.get(tablesUsed[m[2]]++).id();
                if (toPin.contains(i)) {
                    pinned.add(new MeetingDoc(List.of(a.id(), b.id()), List.of(id), m[2] < morningSlots ? "am" : "pm",
                            TextFormats.format(DAY.atTime(starts[m[2]])), null, table, true));
                }
            }
            return new Planted(new EventDocument(EventDocument.FORMAT, "Planted B2B forum #" + seed, "Europe/Madrid",
                    "Girona, Palau de Congressos", null, null, null, sessions, tableDocs, participants, requests,
                    pinned, null), breaks, priority);
        }

        /** Whether slot {@code s} keeps a run from {@code first} to {@code last} unbroken (any slot for none yet). */
        private static boolean extends_(int first, int last, int s) {
            return first < 0 || s == first - 1 || s == last + 1;
        }

        /** The participant's available slots as windows, one per run of consecutive available slots. */
        private static List<AvailabilityDoc> windows(boolean[] available, List<SessionDoc> sessions, LocalTime[] starts,
                int morningSlots) {
            List<AvailabilityDoc> windows = new ArrayList<>();
            int s = 0;
            while (s < available.length) {
                if (!available[s]) {
                    s++;
                    continue;
                }
                int end = s;
                int sessionEnd = s < morningSlots ? morningSlots : available.length;
                while (end + 1 < sessionEnd && available[end + 1]) {
                    end++;
                }
                windows.add(new AvailabilityDoc(sessions.get(s < morningSlots ? 0 : 1).id(),
                        TextFormats.format(starts[s]), TextFormats.format(starts[end].plusMinutes(SLOT_MINUTES))));
                s = end + 1;
            }
            return windows;
        }

        private int pickWeighted(double[] weight, double total) {
            double x = random.nextDouble() * total;
            for (int i = 0; i < weight.length; i++) {
                x -= weight[i];
                if (x < 0) {
                    return i;
                }
            }
            return weight.length - 1;
        }

        private static String pad(int number, int width) {
            return Run.pad(number, width);
        }
    }

    /** Where a participant comes from: names of people and organisations in its own language. */
    interface Origin {
        String country();

        String person(SplittableRandom random);

        String organisation(String group, String sector, SplittableRandom random);
    }

    /** Name material. Every organisation is made up; see docs/event-format.md. */
    static final class Names {

        static final String[] SECTORS = {"5G", "Smart manufacturing", "Wind energy", "Circular economy", "IoT",
                "Medical devices", "Aerospace", "Semiconductors", "Batteries", "Artificial intelligence"};

        /** How a company name, a cluster name and a Taiwanese organisation name speak of each sector. */
        private static final Map<String, String[]> SECTOR_WORDS = new HashMap<>();

        static {
            SECTOR_WORDS.put("5G", new String[] {"Networks", "5G", "通訊"});
            SECTOR_WORDS.put("Smart manufacturing", new String[] {"Automation", "Industry 4.0", "智慧製造"});
            SECTOR_WORDS.put("Wind energy", new String[] {"Wind", "Offshore Wind", "風電"});
            SECTOR_WORDS.put("Circular economy", new String[] {"Circular", "Circular Economy", "循環材料"});
            SECTOR_WORDS.put("IoT", new String[] {"Sensors", "IoT", "物聯網"});
            SECTOR_WORDS.put("Medical devices", new String[] {"Medical", "MedTech", "醫療器材"});
            SECTOR_WORDS.put("Aerospace", new String[] {"Aero", "Aerospace", "航太"});
            SECTOR_WORDS.put("Semiconductors", new String[] {"Microsystems", "Microelectronics", "半導體"});
            SECTOR_WORDS.put("Batteries", new String[] {"Energy Storage", "Battery", "儲能"});
            SECTOR_WORDS.put("Artificial intelligence", new String[] {"Analytics", "AI", "智能"});
        }

        static final Origin TAIWAN = new Taiwan();

        static final Origin[] EUROPE = {
            new European("BE", new String[] {"Lotte", "Wouter", "Anaïs", "Céline", "Joren", "Maëlle", "Thibault",
                "Ruben", "Inès", "Pieter-Jan"},
                null, new String[] {"Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Claes", "Wouters", "Dumont",
                    "Vandenberghe", "Desmet"}, null,
                new String[] {"NV", "BV", "SA", "SRL"}, "Kenniscentrum %s",
                new String[] {"Leuven", "Gent", "Liège", "Mons", "Namur", "Kortrijk", "Hasselt"},
                new String[] {"Vlaanderen", "Wallonie", "Limburg", "Hainaut"}, "%s Invest"),
            new European("NL", new String[] {"Sanne", "Daan", "Fleur", "Bram", "Noor", "Joost", "Eline", "Sjoerd"},
                null, new String[] {"de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
                    "Mulder", "van den Berg"}, null,
                new String[] {"B.V."}, "Innovatiecentrum %s",
                new String[] {"Eindhoven", "Groningen", "Delft", "Enschede", "Zwolle", "Nijmegen"},
                new String[] {"Brabant", "Noordzee", "Gelderland", "Twente"}, "%s Participaties"),
            new European("FR", new String[] {"Élodie", "Benoît", "Chloé", "Jérôme", "Hélène", "François", "Maëlys",
                "Loïc", "Clémence", "Gaël"},
                null, new String[] {"Lefèvre", "Girard", "Faure", "Rousseau", "Mercier", "Bérard", "Chevalier",
                    "Gauthier", "Le Gall"}, null,
                new String[] {"SAS", "SA", "SARL"}, "Centre d'innovation de %s",
                new String[] {"Toulouse", "Grenoble", "Nantes", "Rennes", "Lyon", "Bordeaux", "Saint-Étienne"},
                new String[] {"Occitanie", "Auvergne-Rhône-Alpes", "Bretagne", "Île-de-France", "Normandie",
                    "Grand Est"}, "%s Capital"),
            new European("DE", new String[] {"Jürgen", "Anja", "Jörg", "Sören", "Lukas", "Friederike", "Björn",
                "Maximilian", "Mareike", "Özlem"},
                null, new String[] {"Müller", "Schröder", "Köhler", "Weiß", "Groß", "Krüger", "Hoffmann", "Schäfer",
                    "Böhm", "Jäger"}, null,
                new String[] {"GmbH", "AG", "GmbH & Co. KG"}, "Institut für angewandte Technik %s",
                new String[] {"Stuttgart", "Dresden", "Aachen", "Bremen", "München", "Chemnitz", "Kiel", "Jena"},
                new String[] {"Baden-Württemberg", "Sachsen", "Niedersachsen", "Thüringen", "Schleswig-Holstein",
                    "Bayern"}, "%s Beteiligungen"),
            new European("IT", new String[] {"Giulia", "Matteo", "Chiara", "Niccolò", "Federica", "Lorenzo",
                "Martina", "Andrea"},
                null, new String[] {"Rossi", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Conti", "De Luca",
                    "Esposito"}, null,
                new String[] {"S.r.l.", "S.p.A."}, "Centro Ricerche %s",
                new String[] {"Torino", "Bologna", "Padova", "Trento", "Bari", "Pisa"},
                new String[] {"Piemonte", "Emilia-Romagna", "Lombardia", "Veneto", "Puglia"}, "%s Venture Capital"),
            new European("ES", new String[] {"Núria", "Álvaro", "Lucía", "Jesús", "Begoña", "Íñigo", "María José",
                "Sergio"},
                null, new String[] {"García", "Fernández", "Martínez", "López", "Sánchez", "Muñoz", "Jiménez",
                    "Ibáñez", "Peña"}, null,
                new String[] {"S.L.", "S.A."}, "Centro Tecnológico de %s",
                new String[] {"Bilbao", "Valencia", "Zaragoza", "Sevilla", "Málaga", "Vigo", "Pamplona"},
                new String[] {"Euskadi", "Cataluña", "Andalucía", "Galicia", "Navarra", "Aragón"}, "%s Inversiones"),
            new European("PT", new String[] {"Inês", "João", "Beatriz", "Gonçalo", "Mariana", "Tomás"},
                null, new String[] {"Gonçalves", "Conceição", "Simões", "Magalhães", "Araújo", "Gaspar"}, null,
                new String[] {"Lda.", "S.A."}, "Centro de Inovação de %s",
                new String[] {"Porto", "Braga", "Aveiro", "Coimbra", "Lisboa"},
                new String[] {"Norte", "Centro", "Alentejo"}, "%s Capital de Risco"),
            new European("PL", new String[] {"Paweł", "Łukasz", "Michał", "Wojciech", "Grzegorz"},
                new String[] {"Małgorzata", "Agnieszka", "Katarzyna", "Zofia", "Jadwiga"},
                new String[] {"Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Dudek", "Woźniak", "Król",
                    "Wiśniewski", "Zieliński"},
                new String[] {"Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Dudek", "Woźniak", "Król",
                    "Wiśniewska", "Zielińska"},
                new String[] {"Sp. z o.o.", "S.A."}, "Centrum Badawczo-Rozwojowe %s",
                new String[] {"Łódź", "Wrocław", "Gdańsk", "Poznań", "Kraków", "Rzeszów"},
                new String[] {"Śląsk", "Pomorze", "Małopolska", "Wielkopolska", "Podkarpacie"}, "%s Fundusz"),
            new European("SE", new String[] {"Åsa", "Björn", "Linnéa", "Göran", "Märta", "Oskar", "Elin", "Måns"},
                null, new String[] {"Lindqvist", "Åkesson", "Bergström", "Sjöberg", "Nyström", "Öberg", "Håkansson",
                    "Ljungberg"}, null,
                new String[] {"AB"}, "%s Teknikcentrum",
                new String[] {"Göteborg", "Malmö", "Linköping", "Luleå", "Västerås", "Umeå"},
                new String[] {"Skåne", "Västra Götaland", "Norrbotten", "Östergötland"}, "%s Riskkapital"),
            new European("DK", new String[] {"Søren", "Mette", "Rasmus", "Signe", "Jørgen", "Freja", "Mads",
                "Ditte"},
                null, new String[] {"Østergaard", "Kjær", "Sørensen", "Nørgaard", "Møller", "Lauridsen", "Bæk",
                    "Dalsgaard"}, null,
                new String[] {"A/S", "ApS"}, "%s Innovationscenter",
                new String[] {"Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle"},
                new String[] {"Østjylland", "Nordjylland", "Syddanmark", "Sjælland"}, "%s Kapital"),
            new European("FI", new String[] {"Aino", "Mikko", "Päivi", "Jussi", "Kaisa", "Ville", "Sanna",
                "Tuomas"},
                null, new String[] {"Mäkelä", "Häkkinen", "Järvinen", "Hämäläinen", "Lehtonen", "Koskinen",
                    "Väisänen", "Heikkilä"}, null,
                new String[] {"Oy"}, "Teknologiakeskus %s",
                new String[] {"Oulu", "Tampere", "Jyväskylä", "Vaasa", "Lappeenranta"},
                new String[] {"Pohjois-Pohjanmaa", "Pirkanmaa", "Häme", "Pohjanmaa"}, "%s Pääomasijoitus"),
            new European("AT", new String[] {"Lukas", "Theresa", "Maximilian", "Katharina", "Florian",
                "Magdalena"},
                null, new String[] {"Gruber", "Huber", "Wagner", "Pichler", "Steiner", "Moser", "Hofer", "Pölzl"},
                null,
                new String[] {"GmbH"}, "Forschungszentrum %s",
                new String[] {"Graz", "Linz", "Wien", "Innsbruck", "Salzburg"},
                new String[] {"Steiermark", "Oberösterreich", "Tirol", "Kärnten"}, "%s Beteiligungs GmbH"),
            new European("CZ", new String[] {"Jiří", "Tomáš", "Petr", "Ondřej"},
                new String[] {"Zuzana", "Lenka", "Tereza", "Jana"},
                new String[] {"Dvořák", "Novotný", "Procházka", "Černý", "Kučera", "Veselý"},
                new String[] {"Dvořáková", "Novotná", "Procházková", "Černá", "Kučerová", "Veselá"},
                new String[] {"s.r.o.", "a.s."}, "Výzkumné centrum %s",
                new String[] {"Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec"},
                new String[] {"Morava", "Jižní Čechy", "Vysočina"}, "%s Investice"),
            new European("IE", new String[] {"Aoife", "Seán", "Niamh", "Pádraig", "Siobhán", "Ciarán"},
                null, new String[] {"Murphy", "Kelly", "Byrne", "Ryan", "O'Connor", "Walsh", "Ó Briain"}, null,
                new String[] {"Ltd", "DAC"}, "%s Innovation Centre",
                new String[] {"Cork", "Galway", "Limerick", "Dublin", "Athlone"},
                new String[] {"Munster", "Connacht", "Leinster"}, "%s Ventures"),
            new European("HU", new String[] {"Zsófia", "Bálint", "Réka", "Gergő", "Eszter", "Ádám"},
                null, new String[] {"Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár"}, null,
                new String[] {"Kft.", "Zrt."}, "%s Research Centre",
                new String[] {"Debrecen", "Szeged", "Győr", "Pécs", "Miskolc"},
                new String[] {"Dél-Alföld", "Nyugat-Dunántúl", "Észak-Magyarország"}, "%s Kockázati Tőke"),
        };

        private Names() {
        }

        static String sectorWord(String sector, int form) {
            return SECTOR_WORDS.get(sector)[form];
        }

        static String pick(String[] options, SplittableRandom random) {
            return options[random.nextInt(options.length)];
        }
    }

    /**
     * A European country's names. First names without a female list can be either; where surnames change with
     * gender (Polish, Czech) the female list is given.
     */
    record European(String country, String[] firstNames, String[] femaleFirstNames, String[] surnames,
            String[] femaleSurnames, String[] legalForms, String researchPattern, String[] cities, String[] regions,
            String investorPattern) implements Origin {

        @Override
        public String person(SplittableRandom random) {
            if (femaleFirstNames != null && random.nextBoolean()) {
                return Names.pick(femaleFirstNames, random) + " " + Names.pick(femaleSurnames, random);
            }
            return Names.pick(firstNames, random) + " " + Names.pick(surnames, random);
        }

        @Override
        public String organisation(String group, String sector, SplittableRandom random) {
            String brand = Names.pick(surnames, random);
            return switch (group) {
                case "Research" -> String.format(researchPattern, Names.pick(cities, random));
                case "Investor" -> String.format(investorPattern, brand);
                case "Cluster" -> Names.pick(regions, random) + " " + Names.sectorWord(sector, 1) + " Cluster";
                default -> brand + " " + Names.sectorWord(sector, 0) + " " + Names.pick(legalForms, random);
            };
        }
    }

    /** Taiwanese people and organisations, in Traditional Chinese. */
    private static final class Taiwan implements Origin {

        private static final String[] SURNAMES = {"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許",
            "鄭", "謝", "郭", "洪", "曾"};
        private static final String[] GIVEN = {"志明", "怡君", "家豪", "淑芬", "建宏", "雅婷", "宗翰", "美玲", "俊傑",
            "佩珊", "冠宇", "欣怡", "文彬", "惠雯", "承恩", "詩涵"};
        private static final String[] BRANDS = {"昇鈺", "宏晟", "群展", "禾峰", "瑞泰", "凱達", "新隆", "碩源",
            "晶禾", "鼎翊", "聯毅", "全騰"};
        private static final String[] CITIES = {"台北", "新竹", "台中", "台南", "高雄", "桃園", "彰化"};

        @Override
        public String country() {
            return "TW";
        }

        @Override
        public String person(SplittableRandom random) {
            return Names.pick(SURNAMES, random) + Names.pick(GIVEN, random);
        }

        @Override
        public String organisation(String group, String sector, SplittableRandom random) {
            String word = Names.sectorWord(sector, 2);
            return switch (group) {
                case "Research" -> Names.pick(CITIES, random) + word + "技術研發中心";
                case "Investor" -> Names.pick(BRANDS, random) + "創業投資股份有限公司";
                case "Cluster" -> Names.pick(CITIES, random) + word + "產業聯盟";
                default -> Names.pick(BRANDS, random) + word + "股份有限公司";
            };
        }
    }
}

package org.matchday.solver;

import org.matchday.domain.RequestStatus;
import org.matchday.format.AvailabilityDoc;
import org.matchday.format.BreakDoc;
import org.matchday.format.EventDocument;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic generated events for solver tests and measurements: skewed popularity (a few participants get
 * many wishes), partial attendance, hosts with fixed tables, requests limited to some sessions, caps on
 * meetings, mutual wishes, declined and pending requests. The same shape and seed give the same document.
 */
public final class EventFixtures {

    private static final String[] SECTORS = {"ICT", "Aerospace", "Wind energy", "Smart manufacturing", "Machinery",
            "5G", "Circular economy", "Biotech", "Medical devices", "Photonics"};
    private static final String[] COUNTRIES = {"FR", "DE", "BE", "NL", "DK", "IT", "ES", "PL", "TW", "FI"};

    private EventFixtures() {
    }

    /**
     * The size and texture of an event.
     *
     * @param sessionsPerDay 1 (an afternoon) or 2 (morning and afternoon)
     * @param hostShare share of participants who stay at their own fixed table
     * @param partialShare share of participants who attend only part of the event
     * @param restrictedShare share of requests limited to one or two sessions
     * @param cappedShare share of participants with a maximum number of meetings
     * @param mutualShare share of requests answered by a request the other way round
     * @param skew how strongly wishes go to a few popular participants (0 = uniform)
     * @param inactiveShare share of requests that are declined or still pending
     */
    public record EventShape(String name, int participants, int requests, int days, int sessionsPerDay, int tables,
            double hostShare, double partialShare, double restrictedShare, double cappedShare, double mutualShare,
            double skew, double inactiveShare) {
    }

    /** About 300 participants, 1,500 wishes, two days of brokerage. */
    public static final EventShape BROKERAGE = new EventShape("Two-day brokerage", 300, 1500, 2, 2, 100, 0.15, 0.25,
            0.1, 0.1, 0.15, 0.6, 0.05);

    /** About 2,000 participants, 11,000 wishes, three days, 300 tables. */
    public static final EventShape CONGRESS = new EventShape("Three-day congress", 2000, 11000, 3, 2, 300, 0.025,
            0.25, 0.1, 0.1, 0.15, 0.6, 0.05);

    /** Room for every wish: many tables, everyone all day, no caps, no session limits, no skew. */
    public static final EventShape AMPLE = new EventShape("Ample room", 60, 150, 1, 2, 40, 0.2, 0, 0, 0, 0.1, 0, 0);

    /** A small two-session event, quick to solve in a test. */
    public static final EventShape SMALL = new EventShape("Small generated event", 40, 120, 1, 2, 12, 0.2, 0.3, 0.1,
            0.1, 0.15, 0.5, 0.05);

    /**
     * Like the 2018 Taiwan-EU cluster matchmaking afternoon: 17 European clusters visit 17 Taiwanese associations
     * at their fixed tables, 90 requests over nine 20-minute slots.
     */
    public static EventDocument taipeiLike(long seed) {
        Random random = new Random(seed);
        List<SessionDoc> sessions = List.of(new SessionDoc("pm", "Matchmaking", "2018-06-05", "13:30", "17:30", 20, 5,
                List.of(new BreakDoc("15:10", "15:30")), null));
        List<TableDoc> tables = new ArrayList<>();
        List<ParticipantDoc> participants = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            tables.add(new TableDoc(String.format("T%02d", i), "Table " + i, null));
            participants.add(new ParticipantDoc(String.format("tw-%02d", i), "Association " + i, null,
                    "Taiwanese association", "TW", List.of(SECTORS[i % SECTORS.length]), null, null,
                    String.format("T%02d", i), null));
        }
        for (int i = 1; i <= 17; i++) {
            participants.add(new ParticipantDoc(String.format("eu-%02d", i), "Cluster " + i, null, "EU cluster",
                    COUNTRIES[i % COUNTRIES.length], List.of(SECTORS[(i * 3) % SECTORS.length]), null, null, null,
                    null));
        }
        List<RequestDoc> requests = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int[] load = new int[18];
        while (requests.size() < 90) {
            int eu = 1 + random.nextInt(17);
            int tw = 1 + random.nextInt(17);
            // Nine slots: nobody is asked for more meetings than the afternoon holds.
            if (load[tw] >= 8 || !pairs.add(eu + "-" + tw)) {
                continue;
            }
            load[tw]++;
            boolean fromTaiwan = random.nextInt(5) == 0;
            String euCode = String.format("eu-%02d", eu);
            String twCode = String.format("tw-%02d", tw);
            requests.add(new RequestDoc("r" + (requests.size() + 1), fromTaiwan ? twCode : euCode,
                    fromTaiwan ? euCode : twCode, 1 + random.nextInt(5), null, RequestStatus.ACCEPTED, null));
        }
        return new EventDocument(EventDocument.FORMAT, "Taiwan-EU Cluster Matchmaking (generated)", "Asia/Taipei",
                "Taipei International Convention Center", sessions, tables, participants, requests, List.of(),
                List.of());
    }

    /**
     * An event whose meetings can all be packed back to back: visitor v wants hosts v, v+1, ..., v+k-1 (cyclic),
     * so meeting host v+j in slot j leaves nobody a break. Requests come in shuffled order.
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
                    null, tables.get(h).id(), null));
        }
        List<RequestDoc> requests = new ArrayList<>();
        for (int v = 0; v < hosts; v++) {
            participants.add(new ParticipantDoc(String.format("v%02d", v), "Visitor " + v, null, "Visitor", "FR", null,
                    null, null, null, null));
            for (int j = 0; j < wishesPerVisitor; j++) {
                requests.add(new RequestDoc("r", String.format("v%02d", v), String.format("h%02d", (v + j) % hosts),
                        1 + random.nextInt(5), null, RequestStatus.ACCEPTED, null));
            }
        }
        java.util.Collections.shuffle(requests, random);
        List<RequestDoc> numbered = new ArrayList<>();
        for (RequestDoc r : requests) {
            numbered.add(new RequestDoc("r" + (numbered.size() + 1), r.from(), r.to(), r.priority(), null, r.status(),
                    null));
        }
        java.util.Collections.shuffle(participants, random);
        return new EventDocument(EventDocument.FORMAT, "Packable event #" + seed, "Europe/Brussels", null, sessions,
                tables, participants, numbered, List.of(), List.of());
    }

    public static EventDocument generate(EventShape shape, long seed) {
        Random random = new Random(seed);
        List<SessionDoc> sessions = sessions(shape);
        List<String> sessionCodes = sessions.stream().map(SessionDoc::id).toList();

        int hosts = Math.min(shape.tables(), (int) Math.round(shape.participants() * shape.hostShare()));
        List<TableDoc> tables = new ArrayList<>();
        for (int i = 1; i <= shape.tables(); i++) {
            tables.add(new TableDoc(String.format("T%03d", i), null, null));
        }
        List<ParticipantDoc> participants = new ArrayList<>();
        for (int i = 0; i < shape.participants(); i++) {
            String code = String.format("p%04d", i + 1);
            boolean host = i < hosts;
            List<AvailabilityDoc> availability = random.nextDouble() < shape.partialShare()
                    ? partialAvailability(sessions, random) : null;
            Integer max = random.nextDouble() < shape.cappedShare() ? 3 + random.nextInt(6) : null;
            participants.add(new ParticipantDoc(code, (host ? "Booth " : "Visitor ") + (i + 1),
                    "Organisation " + (i + 1), host ? "Booth holder" : "Visitor",
                    COUNTRIES[random.nextInt(COUNTRIES.length)], List.of(SECTORS[random.nextInt(SECTORS.length)]),
                    availability, max,
                    host ? tables.get(i).id() : null, null));
        }

        double[] popularity = popularity(shape.participants(), shape.skew(), random);
        List<RequestDoc> requests = new ArrayList<>();
        Set<Long> asked = new HashSet<>();
        int guard = 0;
        while (requests.size() < shape.requests() && guard++ < shape.requests() * 50) {
            int from = random.nextInt(shape.participants());
            int to = pick(popularity, random);
            if (from == to || !asked.add((long) from * shape.participants() + to)) {
                continue;
            }
            addRequest(requests, participants, from, to, shape, sessionCodes, random);
            if (random.nextDouble() < shape.mutualShare() && requests.size() < shape.requests()
                    && asked.add((long) to * shape.participants() + from)) {
                addRequest(requests, participants, to, from, shape, sessionCodes, random);
            }
        }
        return new EventDocument(EventDocument.FORMAT, shape.name() + " #" + seed, "Europe/Brussels", "Generated venue",
                sessions, tables, participants, requests, List.of(), List.of());
    }

    private static void addRequest(List<RequestDoc> requests, List<ParticipantDoc> participants, int from, int to,
            EventShape shape, List<String> sessionCodes, Random random) {
        List<String> allowed = null;
        if (random.nextDouble() < shape.restrictedShare()) {
            Set<String> some = new HashSet<>();
            int count = 1 + random.nextInt(Math.min(2, sessionCodes.size()));
            while (some.size() < count) {
                some.add(sessionCodes.get(random.nextInt(sessionCodes.size())));
            }
            allowed = sessionCodes.stream().filter(some::contains).toList();
        }
        RequestStatus status = RequestStatus.ACCEPTED;
        if (random.nextDouble() < shape.inactiveShare()) {
            status = random.nextBoolean() ? RequestStatus.DECLINED : RequestStatus.PENDING;
        }
        int[] priorities = {1, 2, 2, 3, 3, 3, 3, 4, 4, 5};
        requests.add(new RequestDoc("r" + (requests.size() + 1), participants.get(from).id(), participants.get(to).id(),
                priorities[random.nextInt(priorities.length)], allowed, status, null));
    }

    private static List<SessionDoc> sessions(EventShape shape) {
        List<SessionDoc> sessions = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 3, 10);
        for (int d = 0; d < shape.days(); d++) {
            String date = first.plusDays(d).toString();
            if (shape.sessionsPerDay() > 1) {
                sessions.add(new SessionDoc("d" + (d + 1) + "am", "Day " + (d + 1) + " morning", date, "09:00", "12:30",
                        20, 5, List.of(new BreakDoc("10:40", "11:00")), null));
            }
            sessions.add(new SessionDoc("d" + (d + 1) + "pm", "Day " + (d + 1) + " afternoon", date, "14:00", "17:30",
                    20, 5, List.of(new BreakDoc("15:40", "16:00")), null));
        }
        return sessions;
    }

    /** Some sessions only, sometimes arriving late or leaving early. */
    private static List<AvailabilityDoc> partialAvailability(List<SessionDoc> sessions, Random random) {
        List<AvailabilityDoc> windows = new ArrayList<>();
        for (SessionDoc s : sessions) {
            if (random.nextDouble() < 0.6) {
                String from = s.start();
                String to = s.end();
                int trim = random.nextInt(4);
                if (trim == 1) {
                    from = s.start().startsWith("09") ? "10:15" : "15:15";
                } else if (trim == 2) {
                    to = s.start().startsWith("09") ? "11:30" : "16:30";
                }
                windows.add(new AvailabilityDoc(s.id(), from, to));
            }
        }
        if (windows.isEmpty()) {
            SessionDoc s = sessions.get(random.nextInt(sessions.size()));
            windows.add(new AvailabilityDoc(s.id(), s.start(), s.end()));
        }
        return windows;
    }

    /** Cumulative wish weights: half of the wishes spread evenly, half follow a power law over a random order. */
    private static double[] popularity(int n, double skew, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        double[] weight = new double[n];
        double powerSum = 0;
        for (int rank = 0; rank < n; rank++) {
            powerSum += Math.pow(rank + 1, -skew);
        }
        for (int rank = 0; rank < n; rank++) {
            weight[order.get(rank)] = skew == 0 ? 1.0 / n : 0.5 / n + 0.5 * Math.pow(rank + 1, -skew) / powerSum;
        }
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weight[i];
            cumulative[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, Random random) {
        int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }
}

package org.matchday.export;

import org.matchday.domain.RequestStatus;
import org.matchday.domain.TimeRange;
import org.matchday.domain.Timeslot;
import org.matchday.domain.Timeslots;
import org.matchday.export.ScheduleView.EventInfo;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.RequestInfo;
import org.matchday.export.ScheduleView.SessionInfo;
import org.matchday.export.ScheduleView.TableInfo;
import org.matchday.export.ScheduleView.UnscheduledInfo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A solved-looking Taiwan-EU event of any size, built straight as a {@link ScheduleView} (no database):
 * half European participants with accented names, half Taiwanese with Chinese names and organisations,
 * two days of 32 slots, and a conflict-free schedule of about {@code meetingsPerParticipant / 2} meetings
 * per participant filled greedily slot by slot. Same seed, same event.
 */
public final class SyntheticSchedule {

    private static final String[] EU_FIRST = {"Antti", "Marie", "Jiří", "Joana", "Søren", "Zoë", "Łukasz", "Ingrid",
            "Björn", "Élodie", "Núria", "Dagmar", "Ioana", "Mårten", "Agnė", "Ferenc"};
    private static final String[] EU_LAST = {"Peltomäki", "Dubois", "Dvořák", "Gonçalves", "Kjærgaard", "Müller",
            "Łukasiewicz", "Ødegaard", "Šimková", "García", "Nowak", "Õunapuu", "Kovačević", "Lindqvist", "Ó Briain"};
    private static final String[] EU_ORG = {"Wind Cluster Ålborg", "CASTRA", "Moravskoslezský automobilový klastr",
            "PRODUTECH – Pólo das Tecnologias de Produção", "Clúster de Automoción de Galicia", "Lightec",
            "Pôle Véhicule du Futur", "Silicon Saxony", "Cluster Tecnologie per le Smart Communities",
            "Łódzki Klaster Mody", "Innovationsnätverk Småland", "Hrvatski klaster konkurentnosti"};
    private static final String[] EU_COUNTRY = {"FI", "FR", "CZ", "PT", "DK", "DE", "PL", "NO", "SK", "ES", "IT", "HR"};
    private static final String[] TW_SURNAME = {"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭"};
    private static final String[] TW_GIVEN = {"明哲", "美玲", "志豪", "淑芬", "家豪", "怡君", "建宏", "雅婷", "俊傑",
            "宗翰", "佩珊", "冠宇"};
    private static final String[] TW_CITY = {"台北", "新竹", "台中", "台南", "高雄", "桃園", "彰化", "基隆"};
    private static final String[] TW_TRADE = {"精密機械", "光電科技", "半導體", "智慧製造", "綠能科技", "生技醫療",
            "紡織", "自行車", "工具機", "電子材料"};
    private static final String[] TW_FORM = {"股份有限公司", "工業同業公會", "產業協會", "研究中心"};
    private static final String[] SECTORS = {"Smart manufacturing", "Machinery", "Wind energy", "ICT",
            "Automotive", "Aerospace", "Robotics", "Green energy", "Biotech", "Textiles"};

    private SyntheticSchedule() {
    }

    public static ScheduleView build(int participantCount, int meetingsPerParticipant, int tableCount, long seed) {
        Random random = new Random(seed);
        ZoneId zone = ZoneId.of("Asia/Taipei");
        List<SessionInfo> sessions = new ArrayList<>();
        for (int day = 0; day < 2; day++) {
            LocalDate date = LocalDate.of(2018, 6, 5).plusDays(day);
            sessions.add(session("d" + (day + 1) + "am", "Morning", date, "09:00", "12:30", "10:40", "11:00"));
            sessions.add(session("d" + (day + 1) + "pm", "Afternoon", date, "13:30", "17:30", "15:10", "15:30"));
        }
        List<TableInfo> tables = new ArrayList<>();
        for (int t = 1; t <= tableCount; t++) {
            tables.add(new TableInfo(String.format("T%03d", t), "Table " + t));
        }
        List<PersonInfo> europeans = new ArrayList<>();
        List<PersonInfo> taiwanese = new ArrayList<>();
        for (int i = 0; i < participantCount; i++) {
            if (i % 2 == 0) {
                int k = europeans.size();
                europeans.add(new PersonInfo(String.format("eu-%04d", k + 1),
                        pick(EU_FIRST, random) + " " + pick(EU_LAST, random), pick(EU_ORG, random), "EU cluster",
                        EU_COUNTRY[k % EU_COUNTRY.length], List.of(pick(SECTORS, random), pick(SECTORS, random)),
                        null));
            } else {
                int k = taiwanese.size();
                taiwanese.add(new PersonInfo(String.format("tw-%04d", k + 1),
                        pick(TW_SURNAME, random) + pick(TW_GIVEN, random),
                        pick(TW_CITY, random) + pick(TW_TRADE, random) + pick(TW_FORM, random),
                        "Taiwanese association", "TW", List.of(pick(SECTORS, random)), null));
            }
        }
        Map<String, Integer> load = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        List<MeetingInfo> meetings = new ArrayList<>();
        List<RequestInfo> requests = new ArrayList<>();
        for (SessionInfo session : sessions) {
            for (Timeslot slot : session.slots()) {
                Collections.shuffle(europeans, random);
                Collections.shuffle(taiwanese, random);
                int table = 0;
                int j = 0;
                for (PersonInfo eu : europeans) {
                    if (table == tables.size()) {
                        break;
                    }
                    if (load.getOrDefault(eu.code(), 0) >= meetingsPerParticipant) {
                        continue;
                    }
                    while (j < taiwanese.size() && (load.getOrDefault(taiwanese.get(j).code(), 0)
                            >= meetingsPerParticipant || pairs.contains(eu.code() + taiwanese.get(j).code()))) {
                        j++;
                    }
                    if (j == taiwanese.size()) {
                        break;
                    }
                    PersonInfo tw = taiwanese.get(j++);
                    pairs.add(eu.code() + tw.code());
                    load.merge(eu.code(), 1, Integer::sum);
                    load.merge(tw.code(), 1, Integer::sum);
                    meetings.add(new MeetingInfo(eu, tw, session.code(), slot.startDateTime(), slot.endDateTime(),
                            tables.get(table++), 0, "matchday-1-" + eu.code() + "-" + tw.code() + "@matchday"));
                    requests.add(new RequestInfo(eu.code(), tw.code(), 1 + random.nextInt(5), RequestStatus.ACCEPTED));
                }
            }
        }
        List<UnscheduledInfo> unscheduled = new ArrayList<>();
        for (int u = 0; u < participantCount / 20; u++) {
            PersonInfo eu = europeans.get(random.nextInt(europeans.size()));
            PersonInfo tw = taiwanese.get(random.nextInt(taiwanese.size()));
            if (pairs.add(eu.code() + tw.code())) {
                unscheduled.add(new UnscheduledInfo(eu, tw, "Both are fully booked in their common slots."));
                requests.add(new RequestInfo(tw.code(), eu.code(), 1 + random.nextInt(5), RequestStatus.ACCEPTED));
            }
        }
        List<PersonInfo> people = new ArrayList<>(europeans);
        people.addAll(taiwanese);
        people.sort((a, b) -> a.code().compareTo(b.code()));
        return new ScheduleView(new EventInfo(1, "Taiwan-EU Cluster Matchmaking 2018 (synthetic)",
                "Taipei Nangang Exhibition Center, Hall 1", zone), sessions, tables, people, meetings, unscheduled,
                requests, null, null);
    }

    /** The event as a matchday-event/1 document, to import it and time the exports over HTTP. */
    public static Map<String, Object> toDocument(ScheduleView view) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "matchday-event/1");
        doc.put("name", view.event().name());
        doc.put("timezone", view.event().zone().getId());
        doc.put("venue", view.event().venue());
        List<Object> sessions = new ArrayList<>();
        for (SessionInfo s : view.sessions()) {
            sessions.add(Map.of("id", s.code(), "name", s.name(), "date", s.date().toString(),
                    "start", s.start().toString(), "end", s.end().toString(), "meetingMinutes", 20, "gapMinutes", 5,
                    "breaks", s.breaks().stream().map(b -> Map.of("start", b.start().toString(),
                            "end", b.end().toString())).toList()));
        }
        doc.put("sessions", sessions);
        doc.put("tables", view.tables().stream().map(t -> Map.of("id", t.code(), "name", t.name())).toList());
        doc.put("participants", view.participants().stream().map(p -> Map.of("id", p.code(), "name", p.name(),
                "organisation", p.organisation(), "group", p.group(), "country", p.country(),
                "sectors", p.sectors())).toList());
        List<Object> requests = new ArrayList<>();
        for (int i = 0; i < view.requests().size(); i++) {
            RequestInfo r = view.requests().get(i);
            requests.add(Map.of("id", "r" + (i + 1), "from", r.from(), "to", r.to(), "priority", r.priority()));
        }
        doc.put("requests", requests);
        doc.put("meetings", view.meetings().stream().map(m -> Map.of("participants", List.of(m.a().code(),
                m.b().code()), "session", m.session(), "start", m.start().toString(), "table", m.table().code()))
                .toList());
        doc.put("unscheduled", view.unscheduled().stream().map(u -> Map.of("participants", List.of(u.a().code(),
                u.b().code()), "reason", u.reason())).toList());
        return doc;
    }

    private static SessionInfo session(String code, String name, LocalDate date, String start, String end,
            String pauseStart, String pauseEnd) {
        List<TimeRange> breaks = List.of(new TimeRange(LocalTime.parse(pauseStart), LocalTime.parse(pauseEnd)));
        return new SessionInfo(code, name, date, LocalTime.parse(start), LocalTime.parse(end),
                Timeslots.derive(code, date, LocalTime.parse(start), LocalTime.parse(end), 20, 5, breaks), breaks);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}

package org.matchday.benchmark;

import org.matchday.domain.suggestion.Sector;
import org.matchday.suggest.SuggestionIndex;
import org.matchday.suggest.SuggestionIndex.Match;
import org.matchday.suggest.SuggestionIndex.Profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How good and how fast partner suggestions are, on generated events whose good pairs are known by construction.
 * Each participant offers two topics of a bilingual vocabulary and seeks one, written in English or (a third of them)
 * in Chinese, in one of several paraphrases, some of which the event's sector list names and some it does not; its
 * sector field holds the broad sectors of what it offers. A true partner of A offers a topic A seeks, or seeks one A
 * offers. The run reports, per event, the hit rate (at least one true partner in the top 5) and the precision of the
 * top 5 and top 10, for the suggestions and for a baseline that ranks by shared sectors alone (ties broken at
 * random), then the time to suggest for every participant of the 2,000-participant event.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.matchday.benchmark.SuggestionBenchmark [seed]</pre>
 */
public final class SuggestionBenchmark {

    /** A topic: English and Chinese names, a synonym the sector list knows, paraphrases it does not. */
    record Topic(String sector, String en, String zh, String listed, List<String> english, List<String> chinese) {
    }

    /** Broad sectors: English, Chinese. */
    private static final String[][] SECTORS = {
        {"Energy", "能源"}, {"Manufacturing", "製造業"}, {"Health", "醫療健康"}, {"ICT", "資通訊"},
        {"Transport", "交通運輸"}, {"Agriculture", "農業"}};

    private static final List<Topic> TOPICS = List.of(
            topic("Energy", "Wind power", "風力發電", "wind energy", "wind turbine technology|offshore wind farms",
                    "風電|離岸風場"),
            topic("Energy", "Solar photovoltaics", "太陽光電", "solar PV", "solar panels|photovoltaic modules",
                    "太陽能板|光電模組"),
            topic("Energy", "Battery storage", "儲能", "energy storage", "lithium batteries|grid batteries",
                    "儲能系統|鋰電池"),
            topic("Energy", "Hydrogen", "氫能", "fuel cells", "green hydrogen production|hydrogen electrolysers",
                    "綠氫|燃料電池"),
            topic("Manufacturing", "Smart manufacturing", "智慧製造", "industry 4.0",
                    "smart factory automation|digital factories", "智慧工廠|工業4.0"),
            topic("Manufacturing", "Industrial robots", "工業機器人", "robotics", "robot arms|collaborative robots",
                    "機械手臂|協作機器人"),
            topic("Manufacturing", "Machine vision", "機器視覺", "AI vision inspection",
                    "camera-based quality inspection|vision systems", "影像檢測|視覺檢測"),
            topic("Manufacturing", "Precision machinery", "精密機械", "machine tools", "CNC machining|precision tools",
                    "工具機|精密加工"),
            topic("Health", "Medical devices", "醫療器材", "medtech", "surgical instruments|diagnostic devices",
                    "醫材|診斷設備"),
            topic("Health", "Telemedicine", "遠距醫療", "remote care", "telehealth platforms|remote patient monitoring",
                    "遠距照護|遠端監測"),
            topic("Health", "Biotech", "生物科技", "biotechnology", "biopharmaceuticals|cell therapy",
                    "生技|生物製藥"),
            topic("Health", "Elderly care", "長期照護", "ageing care", "assisted living technology|care homes",
                    "長照|銀髮照護"),
            topic("ICT", "5G networks", "5G網路", "5G", "private 5G|mobile networks", "5G專網|行動網路"),
            topic("ICT", "Cybersecurity", "資訊安全", "cyber security", "network security|security audits",
                    "資安|網路安全"),
            topic("ICT", "Cloud computing", "雲端運算", "cloud services", "cloud hosting|data centres",
                    "雲端服務|資料中心"),
            topic("ICT", "Semiconductors", "半導體", "chips", "chip design|wafer fabrication", "晶片設計|晶圓製造"),
            topic("Transport", "Electric vehicles", "電動車", "EV", "electric cars|EV charging", "電動汽車|充電樁"),
            topic("Transport", "Drones", "無人機", "UAV", "unmanned aerial vehicles|drone delivery",
                    "空拍機|無人飛行載具"),
            topic("Transport", "Smart logistics", "智慧物流", "logistics", "warehouse automation|supply chain tracking",
                    "物流自動化|供應鏈管理"),
            topic("Transport", "Rail technology", "軌道技術", "railway", "rail signalling|train components",
                    "鐵道|軌道車輛"),
            topic("Agriculture", "Smart farming", "智慧農業", "precision agriculture", "farm sensors|crop monitoring",
                    "精準農業|農業感測"),
            topic("Agriculture", "Aquaculture", "水產養殖", "fish farming", "shrimp farming|fish feed",
                    "養殖漁業|魚飼料"),
            topic("Agriculture", "Food processing", "食品加工", "food technology", "food packaging|food safety testing",
                    "食品包裝|食品安全"),
            topic("Agriculture", "Agricultural machinery", "農業機械", "farm machinery", "tractors|harvesters",
                    "農機|收割機"));

    private static final String[] EN_OFFER = {"%s", "%s solutions", "%s equipment", "%s services",
        "expertise in %s", "%s for export"};
    private static final String[] EN_SEEK = {"%s", "partners in %s", "%s suppliers", "%s know-how",
        "cooperation on %s"};
    private static final String[] ZH_OFFER = {"%s", "%s解決方案", "%s設備", "%s服務"};
    private static final String[] ZH_SEEK = {"%s", "%s合作夥伴", "%s供應商", "%s技術"};

    private static Topic topic(String sector, String en, String zh, String listed, String english, String chinese) {
        return new Topic(sector, en, zh, listed, List.of(english.split("\\|")), List.of(chinese.split("\\|")));
    }

    /** A generated participant: its profile and the topics it offers and seeks. */
    record Generated(Profile profile, Set<Integer> offers, int seeks, Set<String> sectors) {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        List<Sector> sectors = sectorList();
        System.out.printf("Suggestion benchmark, seed %d, %d topics in %d sectors%n%n", seed, TOPICS.size(),
                SECTORS.length);
        System.out.println("| Participants | Method | Hit@5 | P@5 | P@10 |");
        System.out.println("|---:|---|---:|---:|---:|");
        List<Generated> large = null;
        for (int size : new int[] {200, 500, 2000}) {
            List<Generated> event = generate(size, new Random(seed * 31 + size));
            SuggestionIndex index = SuggestionIndex.of(sectors, event.stream().map(Generated::profile).toList());
            quality(size, "suggestions", event, (me, limit) -> index.suggest(me.profile().id(), p -> true, limit)
                    .stream().map(m -> m.partner().id()).toList());
            Random ties = new Random(seed);
            quality(size, "shared sectors only", event, (me, limit) -> bySectors(event, me, limit, ties));
            if (size == 2000) {
                large = event;
            }
        }
        timing(sectors, large);
    }

    private interface Ranking {
        List<Long> top(Generated me, int limit);
    }

    private static void quality(int size, String method, List<Generated> event, Ranking ranking) {
        int hits = 0;
        double p5 = 0;
        double p10 = 0;
        for (Generated me : event) {
            List<Long> top = ranking.top(me, 10);
            int good5 = 0;
            int good10 = 0;
            for (int k = 0; k < top.size(); k++) {
                if (isPartner(me, event.get(top.get(k).intValue()))) {
                    good10++;
                    if (k < 5) {
                        good5++;
                    }
                }
            }
            hits += good5 > 0 ? 1 : 0;
            p5 += good5 / 5.0;
            p10 += good10 / 10.0;
        }
        int n = event.size();
        System.out.printf("| %,d | %s | %.3f | %.3f | %.3f |%n", size, method, hits / (double) n, p5 / n, p10 / n);
    }

    private static boolean isPartner(Generated me, Generated other) {
        return other.offers().contains(me.seeks()) || me.offers().contains(other.seeks());
    }

    /** The baseline: most shared sectors first, ties in random order. */
    private static List<Long> bySectors(List<Generated> event, Generated me, int limit, Random ties) {
        List<Generated> others = new ArrayList<>(event);
        others.remove(me);
        Collections.shuffle(others, ties);
        others.sort(Comparator.comparingInt((Generated g) -> -shared(me.sectors(), g.sectors())));
        return others.stream().limit(limit).map(g -> g.profile().id()).toList();
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            n += b.contains(s) ? 1 : 0;
        }
        return n;
    }

    private static void timing(List<Sector> sectors, List<Generated> event) {
        List<Profile> profiles = event.stream().map(Generated::profile).toList();
        long start = System.nanoTime();
        SuggestionIndex index = SuggestionIndex.of(sectors, profiles);
        long build = System.nanoTime() - start;
        // Warm up, as a running service is.
        for (int round = 0; round < 1; round++) {
            for (Profile p : profiles) {
                index.suggest(p.id(), q -> true, 10);
            }
        }
        long[] times = new long[profiles.size()];
        for (int k = 0; k < profiles.size(); k++) {
            long t = System.nanoTime();
            index.suggest(profiles.get(k).id(), q -> true, 10);
            times[k] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        start = System.nanoTime();
        SuggestionIndex edited = index.with(List.of(profiles.get(0)), Set.copyOf(profiles.stream().skip(1)
                .map(Profile::id).toList()));
        long update = System.nanoTime() - start;
        System.out.printf("%n2,000 participants: index built in %d ms; one profile re-analysed in %.1f ms;"
                        + " suggestions (top 10) per participant: median %.2f ms, p95 %.2f ms, max %.2f ms"
                        + " (%d participants in the index)%n",
                build / 1_000_000, update / 1e6, times[times.length / 2] / 1e6,
                times[(int) (times.length * 0.95)] / 1e6, times[times.length - 1] / 1e6, edited.size());
    }

    /** The event's sector list: every topic and every broad sector, in both languages, with one synonym. */
    private static List<Sector> sectorList() {
        List<Sector> list = new ArrayList<>();
        for (Topic topic : TOPICS) {
            list.add(new Sector(topic.en(), topic.zh(), List.of(topic.listed())));
        }
        for (String[] sector : SECTORS) {
            list.add(new Sector(sector[0], sector[1], List.of()));
        }
        return list;
    }

    private static List<Generated> generate(int size, Random random) {
        List<Generated> event = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            boolean chinese = random.nextInt(3) == 0;
            Set<Integer> offers = new HashSet<>();
            while (offers.size() < 2) {
                offers.add(random.nextInt(TOPICS.size()));
            }
            int seeks;
            do {
                seeks = random.nextInt(TOPICS.size());
            } while (offers.contains(seeks));
            List<String> offerTexts = new ArrayList<>();
            Set<String> sectors = new HashSet<>();
            for (int topic : offers) {
                offerTexts.add(phrase(TOPICS.get(topic), chinese, chinese ? ZH_OFFER : EN_OFFER, random));
                sectors.add(TOPICS.get(topic).sector());
            }
            String seekText = phrase(TOPICS.get(seeks), chinese, chinese ? ZH_SEEK : EN_SEEK, random);
            List<String> sectorNames = new ArrayList<>();
            for (String sector : sectors) {
                sectorNames.add(chinese ? chineseSector(sector) : sector);
            }
            String offersText = chinese ? String.join("、", offerTexts) : String.join(", ", offerTexts);
            String description = chinese ? "我們是一家" + String.join("及", sectorNames) + "公司。"
                    : "We are a company in " + String.join(" and ", sectorNames).toLowerCase() + ".";
            Profile profile = new Profile(id, "p" + id, "Participant " + id, "Organisation " + id,
                    null, sectorNames, description, offersText, seekText, false, 0);
            event.add(new Generated(profile, offers, seeks, sectors));
        }
        return event;
    }

    /** A topic in one of its ways: its name, the listed synonym or a paraphrase, in a sentence frame. */
    private static String phrase(Topic topic, boolean chinese, String[] frames, Random random) {
        List<String> names = new ArrayList<>();
        if (chinese) {
            names.add(topic.zh());
            names.addAll(topic.chinese());
        } else {
            names.add(topic.en().toLowerCase());
            names.add(topic.listed());
            names.addAll(topic.english());
        }
        String name = names.get(random.nextInt(names.size()));
        return frames[random.nextInt(frames.length)].formatted(name);
    }

    private static String chineseSector(String english) {
        for (String[] sector : SECTORS) {
            if (sector[0].equals(english)) {
                return sector[1];
            }
        }
        return english;
    }
}

package org.matchday.format;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns a participant sheet may have, each with the header names it is known by in registration tools'
 * exports, in English and Traditional Chinese (docs/participant-import.md). Headers are compared without case,
 * accents, spaces or punctuation, so "E-mail", "email" and "E Mail" are one name.
 */
public enum ParticipantColumn {
    ID("id", "id", "participant id", "code", "ref", "reference", "registration id", "registration number",
            "attendee id", "編號", "代號", "代碼"),
    NAME("name", "name", "full name", "participant", "participant name", "contact name", "contact person",
            "representative", "delegate", "姓名", "名稱", "聯絡人", "代表人"),
    FIRST_NAME("name", "first name", "given name", "forename", "名字"),
    LAST_NAME("name", "last name", "surname", "family name", "姓氏"),
    ORGANISATION("organisation", "organisation", "organization", "organisation name", "organization name",
            "company", "company name", "institution", "employer", "單位", "組織", "公司", "機構", "單位名稱",
            "組織名稱", "公司名稱"),
    GROUP("group", "group", "category", "type", "participant type", "attendee type", "ticket type", "群組",
            "類別", "組別", "身分", "身份"),
    COUNTRY("country", "country", "country code", "國家", "國別"),
    SECTORS("sectors", "sectors", "sector", "industry", "industries", "field", "fields", "產業", "領域", "產業別",
            "產業領域"),
    DESCRIPTION("description", "description", "about", "profile", "organisation description",
            "organization description", "company description", "簡介", "介紹", "公司簡介"),
    OFFERS("offers", "offers", "offer", "we offer", "提供"),
    SEEKS("seeks", "seeks", "seek", "looking for", "we look for", "需求", "尋求"),
    LANGUAGES("languages", "languages", "language", "語言"),
    EMAIL("email", "email", "email address", "mail", "電子郵件", "電子信箱", "電郵", "信箱"),
    AVAILABILITY("availability", "availability", "available", "time windows", "available times", "可出席時段",
            "出席時段", "時段"),
    MAX_MEETINGS("maxMeetings", "max meetings", "maximum meetings", "meeting limit", "max number of meetings",
            "會議上限", "最多會議數"),
    TABLE("table", "table", "fixed table", "table number", "table no", "booth", "桌號", "攤位"),
    WISHES("wishes", "wishes", "wish", "wants to meet", "meeting wishes", "meeting requests", "would like to meet",
            "想見的對象", "媒合對象", "希望會面對象");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Map<String, ParticipantColumn> BY_NAME = new HashMap<>();

    static {
        for (ParticipantColumn column : values()) {
            for (String alias : column.aliases) {
                if (BY_NAME.put(normalise(alias), column) != null) {
                    throw new IllegalStateException("Header name \"" + alias + "\" is given to two columns");
                }
            }
        }
    }

    private final String field;
    private final List<String> aliases;

    ParticipantColumn(String field, String... aliases) {
        this.field = field;
        this.aliases = List.of(aliases);
    }

    /** The participant field the column fills: first and last names both fill {@code name}. */
    public String field() {
        return field;
    }

    /** The header names the column is known by, as the documentation lists them. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The column a header names. A bilingual header such as "電子郵件 (E-mail)" or "公司名稱 Company" is known by
     * either of its halves, as long as they do not name two different columns.
     */
    public static Optional<ParticipantColumn> of(String header) {
        ParticipantColumn whole = BY_NAME.get(normalise(header));
        if (whole != null) {
            return Optional.of(whole);
        }
        Set<ParticipantColumn> halves = new HashSet<>();
        String han = String.join("", HAN.matcher(header).results().map(m -> m.group()).toList());
        if (!han.isEmpty()) {
            add(halves, han);
            add(halves, HAN.matcher(header).replaceAll(" "));
        }
        return halves.size() == 1 ? halves.stream().findFirst() : Optional.empty();
    }

    private static void add(Set<ParticipantColumn> found, String name) {
        ParticipantColumn column = BY_NAME.get(normalise(name));
        if (column != null) {
            found.add(column);
        }
    }

    /** Lower case without accents, spaces or punctuation; full-width letters as their ASCII twins. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return NOT_LETTER_OR_DIGIT.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}

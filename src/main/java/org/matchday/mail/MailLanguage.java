package org.matchday.mail;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The languages mails are written in, and how a participant's language tags choose one. */
public enum MailLanguage {
    ENGLISH("en", Locale.ENGLISH),
    /** Every Chinese tag (zh, zh-TW, zh-Hant, zh-HK, zh-CN ...): Traditional Chinese is the Chinese we write. */
    TRADITIONAL_CHINESE("zh-TW", Locale.TRADITIONAL_CHINESE);

    private final String tag;
    private final Locale locale;
    private final DateTimeFormatter weekday;

    MailLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
        this.weekday = DateTimeFormatter.ofPattern("EEE", locale);
    }

    /** The first of the participant's languages that mails are written in, in its order; English when none is. */
    public static MailLanguage of(List<String> languages) {
        if (languages != null) {
            for (String tag : languages) {
                String language = Locale.forLanguageTag(tag).getLanguage();
                for (MailLanguage candidate : values()) {
                    if (candidate.locale.getLanguage().equals(language)) {
                        return candidate;
                    }
                }
            }
        }
        return ENGLISH;
    }

    public String tag() {
        return tag;
    }

    /** "Tue" or "週二". */
    public DateTimeFormatter weekday() {
        return weekday;
    }

    public MailMessages messages() {
        return this == ENGLISH ? MessageBundles.get(MailMessages.class)
                : MessageBundles.get(MailMessages.class, Localized.Literal.of(tag));
    }
}

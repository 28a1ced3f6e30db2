package org.matchday.language;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Matchday writes in, and the one rule that picks a participant's: the first of its languages that
 * Matchday speaks, else English. Pages, mails and every export ask here, so that a participant never gets a mail in
 * one language with an agenda in another.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    /** Every Chinese tag (zh, zh-TW, zh-Hant, zh-HK, zh-CN ...): Traditional Chinese is the Chinese we write. */
    TRADITIONAL_CHINESE("zh-TW", Locale.TRADITIONAL_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** A participant's language: the first of {@code languages}, in its order, that Matchday speaks; else English. */
    public static Language forParticipant(List<String> languages) {
        if (languages != null) {
            for (String tag : languages) {
                Optional<Language> spoken = parse(tag);
                if (spoken.isPresent()) {
                    return spoken.get();
                }
            }
        }
        return ENGLISH;
    }

    /** The language a tag names: zh, zh-TW, zh-Hant... are Traditional Chinese, en-* English, others none. */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh")) {
            return Optional.of(TRADITIONAL_CHINESE);
        }
        return lower.startsWith("en") ? Optional.of(ENGLISH) : Optional.empty();
    }

    /** The first language of an Accept-Language header that Matchday speaks, by weight; else English. */
    public static Language fromAcceptLanguage(String header) {
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    Optional<Language> spoken = parse(range.getRange());
                    if (spoken.isPresent() && range.getWeight() > 0) {
                        return spoken.get();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    /** The language whose locale this is; English for any other. */
    public static Language of(Locale locale) {
        return TRADITIONAL_CHINESE.locale.equals(locale) ? TRADITIONAL_CHINESE : ENGLISH;
    }

    /** "en" or "zh-TW". */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * A Qute type-safe message bundle in this language: English from the interface's annotations, Traditional
     * Chinese from its messages/&lt;bundle&gt;_zh_TW.properties. Only inside the running application.
     */
    public <T> T messages(Class<T> bundle) {
        if (Arc.container() == null) {
            throw new IllegalStateException("No message bundle " + bundle.getSimpleName() + " outside the application");
        }
        return this == ENGLISH ? MessageBundles.get(bundle) : MessageBundles.get(bundle, Localized.Literal.of(tag));
    }
}

package org.matchday.language;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @Test
    void aParticipantGetsTheFirstOfItsLanguagesThatMatchdaySpeaks() {
        assertEquals(Language.TRADITIONAL_CHINESE, Language.forParticipant(List.of("fr", "zh-TW")));
        assertEquals(Language.ENGLISH, Language.forParticipant(List.of("fr")));
        assertEquals(Language.TRADITIONAL_CHINESE, Language.forParticipant(List.of("zh-Hant")));
        assertEquals(Language.ENGLISH, Language.forParticipant(List.of()));
        assertEquals(Language.ENGLISH, Language.forParticipant(null));
        assertEquals(Language.ENGLISH, Language.forParticipant(List.of("en", "zh-TW")));
        // Order decides, not which language Matchday prefers.
        assertEquals(Language.TRADITIONAL_CHINESE, Language.forParticipant(List.of("de", "zh", "en")));
        assertEquals(Language.ENGLISH, Language.forParticipant(List.of("de", "en-GB", "zh-TW")));
        assertEquals(Language.TRADITIONAL_CHINESE, Language.forParticipant(Arrays.asList(null, " ", "zh-HK")));
    }

    @Test
    void everyChineseTagIsTraditionalChineseAndEveryEnglishOneEnglish() {
        for (String tag : List.of("zh", "ZH", "zh-TW", "zh-Hant", "zh-Hant-TW", "zh-HK", "zh-CN", " zh-tw ")) {
            assertEquals(Optional.of(Language.TRADITIONAL_CHINESE), Language.parse(tag), tag);
        }
        for (String tag : List.of("en", "EN", "en-GB", "en-US")) {
            assertEquals(Optional.of(Language.ENGLISH), Language.parse(tag), tag);
        }
        for (String tag : Arrays.asList("fr", "de-AT", "ja", "", " ", null)) {
            assertEquals(Optional.empty(), Language.parse(tag), String.valueOf(tag));
        }
    }

    @Test
    void tagsAndLocalesAreThoseOfPagesAndMessageFiles() {
        assertEquals("en", Language.ENGLISH.tag());
        assertEquals("zh-TW", Language.TRADITIONAL_CHINESE.tag());
        assertEquals(Locale.forLanguageTag("zh-TW"), Language.TRADITIONAL_CHINESE.locale());
        assertEquals(Language.TRADITIONAL_CHINESE, Language.of(Locale.forLanguageTag("zh-TW")));
        assertEquals(Language.ENGLISH, Language.of(Locale.FRENCH));
    }
}

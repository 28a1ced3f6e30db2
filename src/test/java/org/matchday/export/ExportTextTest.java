package org.matchday.export;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.matchday.export.ScheduleView.PersonInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wording comes from a Qute message bundle, which only the running application has. */
@QuarkusTest
class ExportTextTest {

    @Test
    void tagsNameTheLanguagesMatchdaySpeaks() {
        assertEquals(Optional.of(ExportText.TRADITIONAL_CHINESE), ExportText.forTag("zh-TW"));
        assertEquals(Optional.of(ExportText.TRADITIONAL_CHINESE), ExportText.forTag("zh-Hant"));
        assertEquals(Optional.of(ExportText.TRADITIONAL_CHINESE), ExportText.forTag("ZH"));
        assertEquals(Optional.of(ExportText.ENGLISH), ExportText.forTag("en-GB"));
        assertEquals(Optional.empty(), ExportText.forTag("fr"));
        assertEquals(Optional.empty(), ExportText.forTag(" "));
    }

    @Test
    void aParticipantGetsTheFirstOfItsLanguagesThatMatchdaySpeaks() {
        assertEquals(ExportText.TRADITIONAL_CHINESE, ExportText.forPerson(person(List.of("zh-TW", "en"))));
        assertEquals(ExportText.ENGLISH, ExportText.forPerson(person(List.of("en", "zh-TW"))));
        // A French speaker who also reads Chinese gets Chinese, as in the mails: the first language Matchday speaks.
        assertEquals(ExportText.TRADITIONAL_CHINESE, ExportText.forPerson(person(List.of("fr", "zh-TW"))));
        assertEquals(ExportText.ENGLISH, ExportText.forPerson(person(List.of("fr"))));
        assertEquals(ExportText.ENGLISH, ExportText.forPerson(person(null)));
    }

    @Test
    void datesReadNaturallyInBothLanguages() {
        LocalDate day = LocalDate.of(2018, 6, 5);
        assertEquals("Tuesday 5 June 2018", ExportText.ENGLISH.day(day));
        assertEquals("Tue 5 Jun 2018", ExportText.ENGLISH.shortDay(day));
        assertEquals("2018年6月5日 星期二", ExportText.TRADITIONAL_CHINESE.day(day));
        assertEquals("2018年6月5日（週二）", ExportText.TRADITIONAL_CHINESE.shortDay(day));
        assertEquals("1 場會議", ExportText.TRADITIONAL_CHINESE.meetings(1));
        assertEquals("12 meetings", ExportText.ENGLISH.meetings(12));
    }

    @Test
    void phrasesReadTheSameAsBeforeTheyMovedToTheMessageBundle() {
        assertEquals("DRAFT", ExportText.ENGLISH.watermark());
        assertEquals("草稿", ExportText.TRADITIONAL_CHINESE.watermark());
        assertEquals("DRAFT: ", ExportText.ENGLISH.calendarDraftPrefix());
        assertEquals("1 meeting", ExportText.ENGLISH.meetings(1));
        assertEquals("12 場會議", ExportText.TRADITIONAL_CHINESE.meetings(12));
        assertEquals("林明哲（tw-01）的議程", ExportText.TRADITIONAL_CHINESE.agendaFooter(
                new PersonInfo("tw-01", "林明哲", null, null, null, null, null, null)));
        assertEquals("Table T01", ExportText.ENGLISH.tableCode("T01"));
        assertEquals("T01（續）", ExportText.TRADITIONAL_CHINESE.tableContinued("T01"));
    }

    @Test
    void namesArePrintedAsTheyAreNotEscaped() {
        PersonInfo other = new PersonInfo("x", "O'Neil & Söhne <R&D>", "\"Hi-Tech\" & Co", null, null, null, null,
                null);
        assertEquals("Meeting with O'Neil & Söhne <R&D> (\"Hi-Tech\" & Co)", ExportText.ENGLISH.meetingWith(other));
        assertEquals("與 O'Neil & Söhne <R&D>（\"Hi-Tech\" & Co）會面", ExportText.TRADITIONAL_CHINESE.meetingWith(other));
        assertEquals("{x} – agenda, continued", ExportText.ENGLISH.agendaContinued("{x}"));
    }

    @Test
    void theCharactersFontsAreCutToIncludeTheChineseWording() {
        ScheduleView view = new ScheduleViews().session("s").person("a").build();
        Set<Integer> printed = ExportText.printedCodePoints(view).boxed().collect(Collectors.toSet());
        for (String phrase : List.of(ExportText.TRADITIONAL_CHINESE.free(), ExportText.TRADITIONAL_CHINESE.watermark(),
                ExportText.TRADITIONAL_CHINESE.day(LocalDate.of(2018, 6, 10)), ExportText.TRADITIONAL_CHINESE
                        .shortDay(LocalDate.of(2018, 6, 9)), ExportText.TRADITIONAL_CHINESE.noTables())) {
            assertTrue(phrase.codePoints().allMatch(printed::contains), phrase);
        }
    }

    private static PersonInfo person(List<String> languages) {
        return new PersonInfo("p", "P", null, null, null, null, null, languages);
    }
}

package org.matchday.format;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantSheetTest {

    private static ParticipantSheet sheet(String csv) {
        return ParticipantSheet.read(SheetFile.read(csv.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV));
    }

    private static ParticipantDoc only(ParticipantSheet sheet) {
        assertEquals(1, sheet.rows().size(), "rows");
        return sheet.rows().get(0).applyTo(empty(sheet.rows().get(0).id()));
    }

    private static ParticipantDoc empty(String id) {
        return new ParticipantDoc(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void headersAreKnownWhateverTheirCaseAccentsSpacesAndPunctuation() {
        assertEquals(Optional.of(ParticipantColumn.EMAIL), ParticipantColumn.of("E-MAIL"));
        assertEquals(Optional.of(ParticipantColumn.EMAIL), ParticipantColumn.of(" e mail "));
        assertEquals(Optional.of(ParticipantColumn.ORGANISATION), ParticipantColumn.of("Organizatión"));
        assertEquals(Optional.of(ParticipantColumn.MAX_MEETINGS), ParticipantColumn.of("Max. meetings"));
        assertEquals(Optional.of(ParticipantColumn.ID), ParticipantColumn.of("ＩＤ"));
        assertEquals(Optional.of(ParticipantColumn.WISHES), ParticipantColumn.of("想見的對象"));
        assertEquals(Optional.empty(), ParticipantColumn.of("Phone"));
    }

    @Test
    void bilingualHeadersAreKnownByEitherHalf() {
        assertEquals(Optional.of(ParticipantColumn.EMAIL), ParticipantColumn.of("電子郵件 (E-mail)"));
        assertEquals(Optional.of(ParticipantColumn.ORGANISATION), ParticipantColumn.of("公司名稱 Company"));
        assertEquals(Optional.of(ParticipantColumn.NAME), ParticipantColumn.of("姓名/Name"));
        assertEquals(Optional.empty(), ParticipantColumn.of("姓名 E-mail"), "two different columns");
    }

    @Test
    void everyColumnIsReadIntoItsField() {
        ParticipantDoc p = only(sheet("ID,Name,Company,Category,Country,Industry,About,We offer,Looking for,"
                + "Languages,E-mail,Availability,Max meetings,Table\n"
                + "eu-02,Søren Østergaard,Vindkraftklyngen,EU cluster,Denmark,\"Wind energy, Offshore\",Wind,"
                + "Test sites,Partners,en; da_DK,soren@example.dk,\"pm 13:30-16:00; am 9:00 – 11:00\",6,T02\n"));
        assertEquals(new ParticipantDoc("eu-02", "Søren Østergaard", "Vindkraftklyngen", "EU cluster", "DK",
                List.of("Wind energy", "Offshore"), List.of(new AvailabilityDoc("pm", "13:30", "16:00"),
                new AvailabilityDoc("am", "09:00", "11:00")), 6, "T02", "Wind", "Test sites", "Partners",
                List.of("en", "da-DK"), "soren@example.dk", null, null), p);
    }

    @Test
    void chineseHeadersAndNames() {
        ParticipantDoc p = only(sheet("編號,姓名,單位,群組,國家,產業,語言,電子郵件,可出席時段,會議上限,桌號\n"
                + "tw-01,林明哲,中華民國全國工業總會,Taiwanese association,台灣,智慧製造、航太,zh-TW,lin@example.tw,"
                + "pm １３：３０－１６：００,６,T01\n"));
        assertEquals("林明哲", p.name());
        assertEquals("中華民國全國工業總會", p.organisation());
        assertEquals("TW", p.country());
        assertEquals(List.of("智慧製造", "航太"), p.sectors());
        assertEquals(List.of(new AvailabilityDoc("pm", "13:30", "16:00")), p.availability());
        assertEquals(6, p.maxMeetings());
    }

    @Test
    void firstAndLastNamesMakeTheName() {
        ParticipantSheet sheet = sheet("id,First name,Last name\neu-01,Marie,Dubois\ntw-01,明哲,林\ntw-02,,陳枝昌\n");
        assertEquals(List.of("Marie Dubois", "林明哲", "陳枝昌"),
                sheet.rows().stream().map(r -> r.applyTo(empty(r.id())).name()).toList());
        assertTrue(sheet.problems().isEmpty());
    }

    @Test
    void unknownAndRepeatedColumnsAreLeftOutWithAWarning() {
        ParticipantSheet sheet = sheet("id,name,Phone,Company,Organisation,First name\neu-01,Marie,+33 1,CASTRA,X,M\n");
        assertEquals(List.of("column \"Phone\" is not a participant field and was not imported",
                "column \"Organisation\" repeats \"Company\" and was not imported",
                "column \"First name\" was not imported: \"name\" gives the name"), sheet.warnings());
        assertEquals("CASTRA", only(sheet).organisation());
    }

    @Test
    void idAndNameColumnsAreRequired() {
        ParticipantSheet sheet = sheet("Company,E-mail\nCASTRA,a@example.org\n");
        assertEquals(List.of("line 1", "line 1"), sheet.problems().stream().map(Violation::path).toList());
        assertTrue(sheet.problems().get(0).message().startsWith("has no id column"));
        assertTrue(sheet.problems().get(1).message().startsWith("has no name column"));
        assertTrue(sheet.rows().isEmpty());
    }

    @Test
    void cellsThatCannotBeReadAreProblemsAtTheirLineAndColumn() {
        ParticipantSheet sheet = sheet("id,name,Availability,Max meetings,Wishes\n"
                + "eu-01,Marie,pm 13:30,six,\"tw-01:high; tw-02, tw-02\"\n");
        assertEquals(List.of(
                Violation.of("line 2, column \"Availability\"", ProblemCode.SHEET_WINDOW, "window", "pm 13:30"),
                Violation.of("line 2, column \"Max meetings\"", ProblemCode.PARAM_WHOLE_NUMBER_FIELD, "value", "six"),
                Violation.of("line 2, column \"Wishes\"", ProblemCode.SHEET_WISH, "token", "tw-01:high"),
                Violation.of("line 2, column \"Wishes\"", ProblemCode.SHEET_WISH_TWICE, "id", "tw-02")),
                sheet.problems());
        assertEquals("\"pm 13:30\" is not a window such as \"pm 13:30-16:00\" (session, start, end; windows separated"
                + " by ;)", sheet.problems().get(0).message());
        assertEquals("names \"tw-02\" twice", sheet.problems().get(3).message());
    }

    @Test
    void wishesAreIdsWithAnOptionalPriority() {
        ParticipantSheet sheet = sheet("id,name,wishes\neu-01,Marie,\"tw-01; tw-02:5, tw-03 : 2\"\n");
        assertEquals(List.of(new ParticipantSheet.Wish("tw-01", null), new ParticipantSheet.Wish("tw-02", 5),
                new ParticipantSheet.Wish("tw-03", 2)), sheet.rows().get(0).wishes());
    }

    @Test
    void countriesByCodeOrNameAndOtherTextLeftForTheRules() {
        ParticipantSheet sheet = sheet("id,name,country\na,A,fr\nb,B,Taiwan\nc,C,United Kingdom\nd,D,UK\n"
                + "e,E,Atlantis\n");
        assertEquals(List.of("FR", "TW", "GB", "GB", "Atlantis"),
                sheet.rows().stream().map(r -> r.applyTo(empty(r.id())).country()).toList());
    }

    @Test
    void rowsChangeOnlyTheFieldsTheSheetHasColumnsFor() {
        ParticipantSheet sheet = sheet("id,name,e-mail,organisation\neu-01,Marie Dubois,marie@example.org,\n");
        ParticipantDoc stored = new ParticipantDoc("eu-01", "Marie", "CASTRA", "EU cluster", "FR", List.of("ICT"),
                null, 6, "T01", "Drones", null, null, null, null, null, 3L);
        ParticipantDoc updated = sheet.rows().get(0).applyTo(stored);
        assertEquals("Marie Dubois", updated.name());
        assertEquals("marie@example.org", updated.email());
        assertNull(updated.organisation(), "an empty cell clears the field");
        assertEquals("EU cluster", updated.group());
        assertEquals(6, updated.maxMeetings());
        assertEquals("T01", updated.table());
        assertEquals(3L, updated.version());
    }

    @Test
    void problemsAreOrderedByLineThenColumn() {
        ParticipantSheet sheet = sheet("id,name,E-mail,Table\na,A,,\n");
        List<Violation> problems = new ArrayList<>(List.of(
                new Violation("line 9, column \"id\"", "x"),
                new Violation("line 3, column \"Table\"", "y"),
                new Violation("line 3, column \"E-mail\"", "z"),
                new Violation("line 3", "w"),
                new Violation("$", "v")));
        problems.sort(sheet.inFileOrder());
        assertEquals(List.of("$", "line 3", "line 3, column \"E-mail\"", "line 3, column \"Table\"",
                "line 9, column \"id\""), problems.stream().map(Violation::path).toList());
    }
}

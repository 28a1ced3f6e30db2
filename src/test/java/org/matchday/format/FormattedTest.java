package org.matchday.format;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchday.format.Formatted.As;
import org.matchday.problem.ProblemCode;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of text answers with its own message at the path of the value, as clients and tests read them. */
class FormattedTest {

    record Sample(@Formatted(As.CODE) String code, @Formatted(As.DATE) String date, @Formatted(As.TIME) String time,
            @Formatted(As.DATE_TIME) String dateTime, @Formatted(As.TIME_ZONE) String zone,
            List<@Formatted(As.CODE) String> codes, @Formatted(value = As.CODE, message = "own words") String own) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Map<String, String> messages(Sample sample) {
        Map<String, String> byPath = new TreeMap<>();
        for (ConstraintViolation<Sample> v : validator.validate(sample)) {
            // A kind's message names its problem code ("{field.date}"); the answers write it from the code.
            String message = v.getMessage();
            ProblemCode code = message.startsWith("{") ? ProblemCode.of(message.substring(1, message.length() - 1))
                    : null;
            byPath.put(v.getPropertyPath().toString(), code == null ? message : code.english());
        }
        return byPath;
    }

    @Test
    void everyKindSaysWhatItExpectsAtThePathOfTheValue() {
        Map<String, String> expected = new TreeMap<>();
        expected.put("code", "must be 1 to 64 letters, digits, dots, dashes, underscores or tildes, starting with a"
                + " letter or digit");
        expected.put("date", "must be a date as YYYY-MM-DD, such as 2018-06-05");
        expected.put("time", "must be a time of day as HH:mm, such as 13:30");
        expected.put("dateTime", "must be a local date-time as YYYY-MM-DDTHH:mm, such as 2018-06-05T13:30");
        expected.put("zone", "must be an IANA time zone such as Asia/Taipei or Europe/Brussels");
        expected.put("codes[1].<list element>", expected.get("code"));
        expected.put("own", "own words");
        assertEquals(expected, messages(new Sample("-x", "2018-02-30", "9:00", "2018-06-05 13:30", "Asia/Taipeh",
                List.of("ok", "no way"), "/")));
    }

    @Test
    void wellWrittenTextAndNullPass() {
        assertTrue(messages(new Sample("tw-01", "2018-06-05", "13:30", "2018-06-05T13:30", "Asia/Taipei",
                List.of("a", "b.c~d_e"), "own")).isEmpty());
        assertTrue(messages(new Sample(null, null, null, null, null, null, null)).isEmpty());
    }
}

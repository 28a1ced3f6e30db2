package org.matchday.format;

import org.matchday.problem.ProblemCode;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Predicate;

/**
 * Text written as the event format writes one kind of value ({@link TextFormats}): an id, a date, a time, a
 * date-time or a time zone. Null is valid: combine with {@code @NotNull} where the value is required.
 */
@Documented
@Constraint(validatedBy = Formatted.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Formatted {

    As value();

    /** Empty for the kind's own message, which says what the text should look like. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The kinds of text, each with what an answer says when a value is not one. */
    enum As {
        /** An id inside an event: safe in a URL and in a file name. */
        CODE(ProblemCode.FIELD_CODE, TextFormats::isCode),
        /** A calendar date written YYYY-MM-DD. */
        DATE(ProblemCode.FIELD_DATE, text -> TextFormats.date(text) != null),
        /** A local time of day written HH:mm. */
        TIME(ProblemCode.FIELD_TIME, text -> TextFormats.time(text) != null),
        /** A local date-time written YYYY-MM-DDTHH:mm. */
        DATE_TIME(ProblemCode.FIELD_DATE_TIME, text -> TextFormats.dateTime(text) != null),
        /** An IANA region time zone id. */
        TIME_ZONE(ProblemCode.FIELD_TIME_ZONE, text -> TextFormats.zone(text) != null);

        private final ProblemCode message;
        private final Predicate<String> accepts;

        As(ProblemCode message, Predicate<String> accepts) {
            this.message = message;
            this.accepts = accepts;
        }

        public String message() {
            return "{" + message.code() + "}";
        }

        public boolean accepts(String text) {
            return accepts.test(text);
        }
    }

    class Validator implements ConstraintValidator<Formatted, String> {

        private As kind;
        private boolean ownMessage;

        @Override
        public void initialize(Formatted constraint) {
            kind = constraint.value();
            ownMessage = !constraint.message().isEmpty();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || kind.accepts(value)) {
                return true;
            }
            if (!ownMessage) {
                // The violation keeps the path of the value: only its message changes.
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(kind.message()).addConstraintViolation();
            }
            return false;
        }
    }
}

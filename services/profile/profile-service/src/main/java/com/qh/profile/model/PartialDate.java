package com.qh.profile.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A date as precise as the person knows it: {@code 2021}, {@code 2021-09} or {@code 2021-09-01} (JSON Resume's
 * {@code iso8601}), and a real calendar date.
 */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartialDate.Validator.class)
public @interface PartialDate {

    String message() default "must be a date as YYYY, YYYY-MM or YYYY-MM-DD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the shape and the calendar. */
    class Validator implements ConstraintValidator<PartialDate, String> {

        private static final Pattern SHAPE = Pattern.compile("[1-2][0-9]{3}(-[0-1][0-9](-[0-3][0-9])?)?");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValidDate(value);
        }

        static boolean isValidDate(String value) {
            if (!SHAPE.matcher(value).matches()) {
                return false;
            }
            try {
                String[] parts = value.split("-");
                int year = Integer.parseInt(parts[0]);
                int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
                int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
                LocalDate.of(year, month, day);
                return true;
            }
            catch (DateTimeException e) {
                return false;
            }
        }
    }

    /**
     * Orders two partial dates by what they say: {@code 2021} is not after {@code 2021-03}, since either could be
     * the earlier one; a shorter date is compared on the parts it has.
     */
    final class Order {

        private Order() {
        }

        /** Whether {@code end} is certainly before {@code start}. */
        public static boolean endsBeforeStart(String start, String end) {
            if (start == null || end == null) {
                return false;
            }
            int common = Math.min(start.length(), end.length());
            return end.substring(0, common).compareTo(start.substring(0, common)) < 0;
        }
    }
}

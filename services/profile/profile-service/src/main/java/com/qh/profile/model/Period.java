package com.qh.profile.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Something with a start and an end (a job, studies, a project): the end may not come before the start, and
 * something still going on has no end.
 */
public interface Period {

    String startDate();

    String endDate();

    /** Whether it is still going on; only jobs can say so. */
    default boolean ongoing() {
        return false;
    }

    /** Checks a {@link Period}: the end not before the start, no end while ongoing. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Valid.Validator.class)
    @interface Valid {

        String message() default "must not be before startDate";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Reports the violation on {@code endDate}, the field to fix. */
        class Validator implements ConstraintValidator<Valid, Period> {

            @Override
            public boolean isValid(Period period, ConstraintValidatorContext context) {
                if (period == null) {
                    return true;
                }
                String message = null;
                if (period.ongoing() && period.endDate() != null) {
                    message = "must be empty while current is true";
                }
                else if (PartialDate.Order.endsBeforeStart(period.startDate(), period.endDate())) {
                    message = "must not be before startDate";
                }
                if (message == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message).addPropertyNode("endDate")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}

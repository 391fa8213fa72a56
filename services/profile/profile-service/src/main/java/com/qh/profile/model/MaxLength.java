package com.qh.profile.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Neither variant of a {@link Text} may be longer than {@code value} characters. */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.PARAMETER,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxLength.Validator.class)
public @interface MaxLength {

    int value();

    String message() default "must be at most {value} characters in each language";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks both variants. */
    class Validator implements ConstraintValidator<MaxLength, Text> {

        private int max;

        @Override
        public void initialize(MaxLength annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(Text text, ConstraintValidatorContext context) {
            return text == null || (fits(text.ru()) && fits(text.en()));
        }

        private boolean fits(String value) {
            return value == null || value.length() <= max;
        }
    }
}

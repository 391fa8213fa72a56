package com.qh.auth.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address without characters that do not show (see {@link EmailAddresses#invisibleCharacter}): a
 * sign-up with {@code admin\u200b@…} is a 400 naming the field, not a second "admin" account.
 */
@Documented
@Constraint(validatedBy = VisibleEmail.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleEmail {

    String message() default "must not contain invisible, control or formatting characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Names the offending code point in the message, so the caller can find it in what they pasted. */
    final class Validator implements ConstraintValidator<VisibleEmail, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return EmailAddresses.invisibleCharacter(value).map(message -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}

package com.qh.profile.profile;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers in E.164 ({@code +79161234567}), whatever notation they were typed in ({@code 8 (916) 123-45-67},
 * {@code +7 916 123 45 67}). A number without a country code is read as one of {@code defaultRegion}.
 */
final class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /** The number in E.164, or empty when it is not a valid number. */
    Optional<String> normalise(String typed, String defaultRegion) {
        try {
            PhoneNumber number = util.parse(typed, defaultRegion);
            return util.isValidNumber(number)
                    ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        }
        catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}

package com.qh.profile.model;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.constraints.URL;

/**
 * Who the person is and what they are looking for. Contacts and the date of birth are personal data: the whole
 * section is stored encrypted.
 *
 * @param firstName given name
 * @param middleName patronymic or middle name
 * @param lastName family name
 * @param headline one line under the name ("Backend developer, Java")
 * @param birthDate optional
 * @param image a photo's URL
 * @param website a personal site
 * @param contacts how to reach the person
 * @param location where the person lives and is willing to work
 * @param links profiles on other networks
 * @param citizenship ISO 3166-1 alpha-2 country codes
 * @param workPermits ISO 3166-1 alpha-2 country codes where the person may work
 * @param desiredPosition the job looked for
 * @param desiredSalary the pay looked for
 * @param employmentTypes the kinds of employment accepted
 * @param schedules the working schedules accepted
 */
@Schema(description = "Name, contacts, location and what the person is looking for (stored encrypted)",
        example = "{\"firstName\": {\"ru\": \"Вера\", \"en\": \"Vera\"}, \"lastName\": {\"ru\": \"Соколова\", "
                + "\"en\": \"Sokolova\"}, \"headline\": {\"en\": \"Backend developer\"}, \"contacts\": {\"email\": "
                + "\"vera@example.org\", \"phone\": \"+7 916 123-45-67\", \"messengers\": [{\"type\": \"telegram\", "
                + "\"handle\": \"@vera\"}]}, \"location\": {\"countryCode\": \"RU\", \"city\": {\"ru\": \"Москва\"}, "
                + "\"relocation\": true, \"workFormat\": \"HYBRID\"}, \"citizenship\": [\"RU\"], \"desiredPosition\": "
                + "{\"en\": \"Lead developer\"}, \"desiredSalary\": {\"amount\": 350000, \"currency\": \"RUB\"}, "
                + "\"employmentTypes\": [\"FULL\"], \"schedules\": [\"REMOTE\"]}")
public record Personal(
        @MaxLength(100) Text firstName,
        @MaxLength(100) Text middleName,
        @MaxLength(100) Text lastName,
        @MaxLength(200) Text headline,
        @Past LocalDate birthDate,
        @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String image,
        @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String website,
        @Valid Contacts contacts,
        @Valid Location location,
        @Size(max = 30) List<@Valid Link> links,
        @Size(max = 10) List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String> citizenship,
        @Size(max = 30) List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String> workPermits,
        @MaxLength(200) Text desiredPosition,
        @Valid Salary desiredSalary,
        Set<EmploymentType> employmentTypes,
        Set<Schedule> schedules) {

    public Personal {
        links = links == null ? List.of() : List.copyOf(links);
        citizenship = citizenship == null ? List.of() : List.copyOf(citizenship);
        workPermits = workPermits == null ? List.of() : List.copyOf(workPermits);
        employmentTypes = employmentTypes == null ? Set.of() : Set.copyOf(employmentTypes);
        schedules = schedules == null ? Set.of() : Set.copyOf(schedules);
    }

    /** A profile's personal section before anything is filled in. */
    public static Personal empty() {
        return new Personal(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /**
     * How to reach the person. The phone is kept in E.164 ({@code +79161234567}).
     *
     * @param email address
     * @param phone phone number; any common notation is accepted and normalised
     * @param messengers Telegram, WhatsApp and the like
     */
    public record Contacts(
            @Email @Size(max = 320) String email,
            @Size(max = 40) String phone,
            @Size(max = 10) List<@Valid Messenger> messengers) {

        public Contacts {
            messengers = messengers == null ? List.of() : List.copyOf(messengers);
        }

        /** The same contacts with another phone number. */
        public Contacts withPhone(String normalised) {
            return new Contacts(email, normalised, messengers);
        }
    }

    /**
     * An account on a messenger.
     *
     * @param type {@code telegram}, {@code whatsapp}, {@code viber}, {@code signal}, ...
     * @param handle the user name or number there
     */
    public record Messenger(@NotBlank @Size(max = 40) String type, @NotBlank @Size(max = 200) String handle) {
    }

    /**
     * Where the person lives and is willing to work.
     *
     * @param countryCode ISO 3166-1 alpha-2
     * @param region region or state
     * @param city city
     * @param address street address, if the person wants it on a resume
     * @param postalCode postal code
     * @param relocation whether the person would move
     * @param workFormat where they want to work
     */
    public record Location(
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") String countryCode,
            @MaxLength(100) Text region,
            @MaxLength(100) Text city,
            @MaxLength(300) Text address,
            @Size(max = 20) String postalCode,
            Boolean relocation,
            WorkFormat workFormat) {
    }

    /**
     * A profile on another network.
     *
     * @param network {@code GitHub}, {@code LinkedIn}, {@code hh.ru}, ...
     * @param username the user name there
     * @param url the profile's address
     */
    @Schema(description = "A profile on another network")
    public record Link(
            @NotBlank @Size(max = 60) String network,
            @Size(max = 100) String username,
            @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String url) {
    }

    /**
     * Pay in a currency.
     *
     * @param amount per month, gross
     * @param currency ISO 4217 ({@code RUB}, {@code USD})
     */
    public record Salary(
            @PositiveOrZero @Max(1_000_000_000) BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency) {
    }

    /** Where the person wants to work. */
    public enum WorkFormat { ON_SITE, HYBRID, REMOTE, ANY }

    /** Kinds of employment, as hh.ru lists them. */
    public enum EmploymentType { FULL, PART, PROJECT, VOLUNTEER, PROBATION }

    /** Working schedules, as hh.ru lists them. */
    public enum Schedule { FULL_DAY, SHIFT, FLEXIBLE, REMOTE, FLY_IN_FLY_OUT }
}

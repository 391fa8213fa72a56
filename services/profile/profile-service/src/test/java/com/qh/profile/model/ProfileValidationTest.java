package com.qh.profile.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.profile.Fixtures;
import com.qh.profile.model.Sections.Experience;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProfileValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void acceptsAFullBilingualProfile() {
        assertThat(validator.validate(Fixtures.javaDeveloperRuEn())).isEmpty();
    }

    @Test
    void refusesAJobThatEndsBeforeItStarts() {
        assertThat(fields(Fixtures.job("Acme", "2021-05", "2020-11", null))).containsExactly("endDate");
    }

    @Test
    void comparesDatesOnlyAsPreciselyAsTheyAreGiven() {
        assertThat(fields(Fixtures.job("Acme", "2021-05", "2021", null))).isEmpty();
        assertThat(fields(Fixtures.job("Acme", "2021", "2021-01-31", null))).isEmpty();
    }

    @Test
    void refusesAnEndDateOnACurrentJob() {
        Experience job = new Experience(null, Text.en("Acme"), null, Text.en("Dev"), null, null, "2020-01", "2021-01",
                true, null, List.of());

        assertThat(fields(job)).containsExactly("endDate");
    }

    @Test
    void refusesDatesThatAreNoDates() {
        assertThat(fields(Fixtures.job("Acme", "2021-13", null, null))).containsExactly("startDate");
        assertThat(fields(Fixtures.job("Acme", "2021-02-30", null, null))).containsExactly("startDate");
        assertThat(fields(Fixtures.job("Acme", "March 2021", null, null))).containsExactly("startDate");
    }

    @Test
    void keepsOnlyWebAddressesAsLinks() {
        for (String link : List.of("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "javascript:alert(1)", "ftp://files.example.com/cv.pdf", "file:///etc/passwd")) {
            assertThat(fields(jobWithLink(link))).as(link).containsExactly("url");
        }
        assertThat(fields(jobWithLink("https://acme.example.com/careers"))).isEmpty();
        assertThat(fields(jobWithLink("HTTP://ACME.EXAMPLE.COM"))).isEmpty();
    }

    private static Experience jobWithLink(String url) {
        return new Experience(null, Text.en("Acme"), null, Text.en("Dev"), null, url, "2020-01", null, true, null,
                List.of());
    }

    @Test
    void refusesTextsLongerThanTheLimitInEitherLanguage() {
        Experience job = new Experience(null, new Text("А".repeat(201), "Acme"), null, Text.en("Dev"), null, null,
                "2020-01", null, true, null, List.of());

        assertThat(fields(job)).containsExactly("employer");
    }

    @Test
    void namesTheFieldOfANestedEntry() {
        Profile profile = Fixtures.javaDeveloperRuEn().withItems(Section.EXPERIENCE,
                List.of(Fixtures.job("Acme", "2021-05", "2020-11", null)));

        assertThat(fields(profile)).containsExactly("experience[0].endDate");
    }

    private <T> Set<String> fields(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}

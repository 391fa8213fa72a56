package com.qh.vacancy.vacancy;

import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.SalaryPeriod;
import com.qh.vacancy.normalising.Schedule;
import com.qh.vacancy.normalising.WorkFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A vacancy entered or edited by hand. The description is plain text (lines starting with "- " become list items)
 * or, if {@code descriptionHtml} is given, HTML, which is sanitised.
 */
@Schema(example = """
        {"title": "Senior Java Developer", "company": "Acme", "sourceUrl": "https://careers.example.com/jobs/42",
         "salary": {"from": 250000, "to": 350000, "currency": "RUB", "gross": true, "period": "MONTH"},
         "location": {"country": "Россия", "city": "Москва"}, "employment": "FULL", "workFormat": "HYBRID",
         "experience": {"min": 3, "max": 6},
         "description": "Требования:\\n- Java 17+, Spring Boot\\n- PostgreSQL\\nБудет плюсом:\\n- Kafka",
         "keySkills": ["Java", "Spring Boot"]}""")
record VacancyRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 300) String company,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") String sourceUrl,
        @Valid SalaryInput salary,
        @Valid LocationInput location,
        Employment employment,
        Schedule schedule,
        WorkFormat workFormat,
        @Valid ExperienceInput experience,
        @Size(max = 100_000) String description,
        @Size(max = 200_000) String descriptionHtml,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> keySkills) {

    /** A salary as entered; the currency is an ISO 4217 code. */
    record SalaryInput(@PositiveOrZero @DecimalMax("9999999999") BigDecimal from,
            @PositiveOrZero @DecimalMax("9999999999") BigDecimal to,
            @NotBlank @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 code such as RUB") String currency,
            Boolean gross, SalaryPeriod period) {

        @AssertTrue(message = "needs from or to, and from not above to")
        boolean isRange() {
            return (from != null || to != null) && (from == null || to == null || from.compareTo(to) <= 0);
        }
    }

    record LocationInput(@Size(max = 100) String country, @Size(max = 200) String city) {
    }

    record ExperienceInput(@PositiveOrZero @Max(50) int min, @PositiveOrZero @Max(50) Integer max) {

        @AssertTrue(message = "max must not be below min")
        boolean isOrdered() {
            return max == null || max >= min;
        }
    }
}

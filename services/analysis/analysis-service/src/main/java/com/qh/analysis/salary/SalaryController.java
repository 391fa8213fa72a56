package com.qh.analysis.salary;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.source.Profiles;
import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Salary estimates against the market store, for any title or for the signed-in user's profile. */
@RestController
@RequestMapping("/api/v1/analysis/salary")
@Tag(name = "Salary", description = "What the market pays: percentiles of comparable market vacancies' monthly pay, "
        + "learnt by gradient-boosted quantile trees from the market store, with the comparables shown and your own "
        + "expectation placed among them.")
class SalaryController {

    private static final String EXAMPLE = """
            {"currency": "RUB", "period": "month", "basis": "NET", "p10": 70000, "p25": 85000, "median": 100000,
             "p75": 120000, "p90": 150000, "sampleSize": 55, "confidence": "HIGH",
             "comparables": [{"title": "Бухгалтер", "city": "Москва", "salaryFrom": 80000, "salaryTo": 100000,
                              "currency": "RUR", "gross": false, "sourceId": "132856394", "similarity": 1.0}],
             "explanation": "From 55 comparable vacancies in Москва (3723 in the market store with a salary). Roubles a month, net of 13 % income tax.",
             "explanationRu": "По 55 сопоставимым вакансиям в городе Москва (всего в базе 3723 вакансий с зарплатой). Рублей в месяц, на руки.",
             "expectation": {"amount": 130000, "percentile": 81,
                             "en": "Above 81 % of comparable offers.", "ru": "Выше 81 % сопоставимых предложений."}}""";

    private final SalaryEstimates estimates;

    private final Profiles profiles;

    private final Clock clock;

    SalaryController(SalaryEstimates estimates, Profiles profiles, Clock clock) {
        this.estimates = estimates;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * What an estimate is asked for.
     *
     * @param experience hh.ru's id or a number of years
     * @param basis the basis of the answer: NET (default, «на руки») or GROSS
     * @param desiredSalary an expectation to place among the percentiles
     */
    record SalaryRequest(@NotBlank @Size(max = 200) String title, @Size(max = 200) String city,
            @Size(max = 40) String experience, @Size(max = 40) String employment, @Size(max = 40) String schedule,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills, Basis basis,
            @Valid Expectation desiredSalary) {
    }

    /**
     * An expected salary a month.
     *
     * @param currency ISO code; RUB when left out
     * @param basis NET when left out
     */
    record Expectation(@NotNull @Positive @Max(100_000_000) Long amount,
            @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code") String currency,
            Basis basis) {
    }

    /** The estimate, and where the expectation sits when one was given. */
    record SalaryAnswer(String currency, String period, Basis basis, Long p10, Long p25, Long median, Long p75,
            Long p90, int sampleSize, SalaryEstimate.Confidence confidence, List<SalaryEstimate.Comparable> comparables,
            String explanation, String explanationRu, Placement expectation) {

        static SalaryAnswer of(SalaryEstimate estimate, Placement expectation) {
            return new SalaryAnswer(estimate.currency(), estimate.period(), estimate.basis(), estimate.p10(),
                    estimate.p25(), estimate.median(), estimate.p75(), estimate.p90(), estimate.sampleSize(),
                    estimate.confidence(), estimate.comparables(), estimate.explanation(), estimate.explanationRu(),
                    expectation);
        }
    }

    /**
     * An expectation among the percentiles.
     *
     * @param amount the expectation in the answer's currency and basis
     * @param percentile the share of comparable offers below it, 0 to 100
     */
    record Placement(long amount, int percentile, String en, String ru) {
    }

    @PostMapping
    @Operation(summary = "Estimate the market salary for a title", description = """
            Percentiles of monthly pay in roubles for the title (and city, experience, employment, schedule), from \
            the market store's comparable vacancies. experience takes hh.ru's ids (noExperience, between1And3, \
            between3And6, moreThan6) or a number of years. With too little data the figures are null and the \
            explanation says so; with few in the city, it names the wider area the figures draw on. skills are             accepted but do not move the figures yet: the market store's vacancies are compared by title.""")
    @ApiResponse(responseCode = "200", description = "The estimate", content = @Content(
            examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "An unknown experience id, a negative salary, a title too long",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "The model is still reading the market after a start",
            content = @Content(mediaType = "application/problem+json"))
    SalaryAnswer estimate(AuthenticatedUser user, @Valid @RequestBody SalaryRequest request) {
        Experience experience;
        try {
            experience = Experience.parse(request.experience());
        }
        catch (IllegalArgumentException e) {
            throw new QhException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "Field 'experience' is invalid: " + e.getMessage() + ".")
                    .with("errors", List.of(new FieldViolation("experience", e.getMessage())));
        }
        Basis basis = request.basis() == null ? Basis.NET : request.basis();
        SalaryEstimate estimate = estimates.estimate(new SalaryQuery(request.title(), request.city(), experience,
                request.employment(), request.schedule(), request.skills()), basis);
        Expectation desired = request.desiredSalary();
        return SalaryAnswer.of(estimate, desired == null ? null
                : place(estimate, desired.amount(), desired.currency(), desired.basis()));
    }

    @GetMapping("/me")
    @Operation(summary = "Estimate the market salary for my profile", description = """
            The estimate for your profile's headline or desired position, city and years of experience (from your \
            jobs' dates), with your desired salary placed among the percentiles (taken as net unless basis says).""")
    @ApiResponse(responseCode = "200", description = "The estimate", content = @Content(
            examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "422", description = "No profile, or no title in it", content = @Content(
            mediaType = "application/problem+json"))
    SalaryAnswer mine(AuthenticatedUser user, @RequestParam(required = false) Basis basis) {
        Candidate candidate = profiles.candidateOf(user.id()).orElseThrow(() -> new UnprocessableException(
                "no-profile", "There is no profile to estimate a salary for yet: fill in your profile first."));
        SalaryQuery query = SalaryQuery.of(candidate, YearMonth.now(clock)).orElseThrow(() -> new UnprocessableException(
                "no-title", "Your profile names no headline, desired position or job title: add the job you look "
                        + "for, and the estimate follows."));
        SalaryEstimate estimate = estimates.estimate(query, basis == null ? Basis.NET : basis);
        var desired = candidate.desiredSalary();
        Placement placement = desired == null || desired.min() == null ? null
                : place(estimate, desired.min(), desired.currency(), Basis.NET);
        return SalaryAnswer.of(estimate, placement);
    }

    private Placement place(SalaryEstimate estimate, long amount, String currency, Basis basis) {
        if (estimate.median() == null) {
            return null;
        }
        double roubles = estimates.money().toRoubles(amount, currency == null ? "RUB" : currency,
                basis == Basis.GROSS, estimate.basis()).orElseThrow(() -> new UnprocessableException(
                        "unknown-currency", "QH has no rate for " + currency.toUpperCase(Locale.ROOT)
                                + ": give the salary in roubles or a currency of qh.analysis.salary.rates."));
        int percentile = (int) Math.round(SalaryModel.percentileOf(estimate, roubles));
        String en;
        String ru;
        if (percentile >= 50) {
            en = "Above %d %% of comparable offers.".formatted(percentile);
            ru = "Выше %d %% сопоставимых предложений.".formatted(percentile);
        }
        else {
            en = "Below %d %% of comparable offers.".formatted(100 - percentile);
            ru = "Ниже %d %% сопоставимых предложений.".formatted(100 - percentile);
        }
        return new Placement(Math.round(roubles), percentile, en, ru);
    }
}

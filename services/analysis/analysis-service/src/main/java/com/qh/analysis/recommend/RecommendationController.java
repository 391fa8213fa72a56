package com.qh.analysis.recommend;

import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's saved vacancies and the market, ranked for their profile. */
@RestController
@Validated
@RequestMapping("/api/v1/analysis")
@Tag(name = "Recommended vacancies", description = "Your saved vacancies and the market store ranked for your "
        + "profile by the same matcher as the match, each with its score and the first skill it misses.")
class RecommendationController {

    private final Recommender recommender;

    RecommendationController(Recommender recommender) {
        this.recommender = recommender;
    }

    @GetMapping("/recommended-vacancies")
    @Operation(summary = "Which vacancies fit me", description = """
            Your saved vacancies (the newest 100) and the market vacancies whose skills your profile covers best, \
            each matched in full against your profile; best score first. A market vacancy you saved yourself is \
            listed once, as yours. marketIndexed is 0 while the service reads the market after a start.""")
    @ApiResponse(responseCode = "200", description = "Best first", content = @Content(examples = @ExampleObject(
            value = """
                    {"vacancies": [
                      {"vacancyId": "5f0c3a52-8a4e-4d3e-9c41-1b7d2f0e9a10", "origin": "SAVED",
                       "title": "Java-разработчик (Middle)", "employer": "Т-Банк", "city": "Москва",
                       "url": "https://hh.ru/vacancy/101", "score": 84, "topMissingSkill": "Apache Kafka"},
                      {"vacancyId": "0b8e6a7c-2d1f-4a55-8f3e-6c9d0a1b2c3d", "origin": "MARKET",
                       "title": "Backend Engineer (Java)", "employer": "Acme", "city": "Berlin",
                       "url": null, "score": 71, "topMissingSkill": "Kubernetes"}],
                     "marketIndexed": 10000, "marketRefreshedAt": "2026-12-04T14:00:00Z"}""")))
    @ApiResponse(responseCode = "422", description = "You have no profile yet", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(value = """
                    {"type": "https://qh.dev/problems/no-profile", "title": "Request cannot be processed", "status": 422,
                     "detail": "There is no profile to rank vacancies for yet: fill in your profile first."}""")))
    Recommendations recommended(AuthenticatedUser user,
            @Parameter(description = "How many vacancies, 1 to 100")
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return recommender.recommend(user.id(), limit);
    }

    @GetMapping("/market/skill-gaps")
    @Operation(summary = "Which skills the market near me asks for that I do not show", description = """
            The market vacancies whose skills your profile covers best (the same prefilter as the recommendations; \
            nearest of them, 200 by default) are counted skill by skill; a skill your profile names or implies (Spring \
            Boot implies Spring and Java) is left out. Most asked for first, with how often it is required rather \
            than welcome.""")
    @ApiResponse(responseCode = "200", description = "Most asked for first", content = @Content(examples =
            @ExampleObject(value = """
                    {"skills": [{"skill": "Apache Kafka", "vacancies": 61, "required": 40},
                                {"skill": "Kubernetes", "vacancies": 48, "required": 22}],
                     "vacancies": 200, "marketIndexed": 10000, "marketRefreshedAt": "2026-12-04T14:00:00Z"}""")))
    @ApiResponse(responseCode = "422", description = "You have no profile yet", content = @Content(
            mediaType = "application/problem+json"))
    MarketSkillGaps skillGaps(AuthenticatedUser user,
            @Parameter(description = "How many market vacancies near the profile to count, 10 to 1,000")
            @RequestParam(defaultValue = "200") @Min(10) @Max(1000) int vacancies,
            @Parameter(description = "How many skills, 1 to 50")
            @RequestParam(defaultValue = "12") @Min(1) @Max(50) int limit) {
        return recommender.skillGaps(user.id(), vacancies, limit);
    }
}

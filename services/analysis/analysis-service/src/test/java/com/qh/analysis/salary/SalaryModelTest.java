package com.qh.analysis.salary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.analysis.salary.SalaryEstimate.Confidence;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model trained on the team's synthetic market (src/test/resources/salary, see its README). */
class SalaryModelTest {

    static SalaryModel.Training training;

    static SalaryModel model;

    @BeforeAll
    static void train() throws Exception {
        try (var reader = new InputStreamReader(Objects.requireNonNull(
                SalaryModelTest.class.getResourceAsStream("/salary/market.csv")), StandardCharsets.UTF_8)) {
            training = SalaryModel.train(MarketCsv.read(reader), MoneyRules.DEFAULT, SalaryModel.Settings.DEFAULT);
        }
        model = training.model();
    }

    @Test
    void leavesOutSalariesOutsideTheBoundsAndUnknownCurrenciesAndSaysWhy() {
        assertThat(training.used()).isEqualTo(241);
        assertThat(training.leftOut()).containsEntry("no salary", 1).containsEntry("unknown currency XYZ", 1)
                .containsEntry("outside 10,000–2,000,000 RUB a month", 2);
    }

    @Test
    void estimatesAKnownTitleWithOrderedPercentilesInsideItsMarket() {
        SalaryEstimate estimate = model.estimate(new SalaryQuery("Бухгалтер", "Москва", Experience.BETWEEN_1_AND_3,
                null, null, List.of()), Basis.NET);

        assertThat(estimate.currency()).isEqualTo("RUB");
        assertThat(estimate.period()).isEqualTo("month");
        assertThat(List.of(estimate.p10(), estimate.p25(), estimate.median(), estimate.p75(), estimate.p90()))
                .isSorted();
        assertThat(estimate.median()).isBetween(60_000L, 150_000L);
        assertThat(estimate.sampleSize()).isGreaterThanOrEqualTo(5);
        assertThat(estimate.confidence()).isNotEqualTo(Confidence.NONE);
        assertThat(estimate.comparables()).hasSizeBetween(1, 10)
                .allSatisfy(comparable -> assertThat(comparable.title()).containsIgnoringCase("бухгалтер"));
        assertThat(estimate.explanation()).contains("comparable vacanc");
    }

    @Test
    void paysADeveloperMoreThanACashierAndMoscowMoreThanEkaterinburg() {
        long developer = median("Java-разработчик", "Москва", Experience.BETWEEN_3_AND_6);
        long cashier = median("Продавец-кассир", "Москва", Experience.BETWEEN_3_AND_6);
        assertThat(developer).isGreaterThan(2 * cashier);

        assertThat(median("Менеджер по продажам", "Москва", Experience.BETWEEN_1_AND_3))
                .isGreaterThan(median("Менеджер по продажам", "Екатеринбург", Experience.BETWEEN_1_AND_3));
    }

    @Test
    void answersGrossAsNetDividedByOneLessTheIncomeTax() {
        SalaryQuery query = new SalaryQuery("Курьер", "Москва", null, null, null, List.of());
        SalaryEstimate net = model.estimate(query, Basis.NET);
        SalaryEstimate gross = model.estimate(query, Basis.GROSS);

        assertThat(gross.basis()).isEqualTo(Basis.GROSS);
        assertThat((double) gross.median()).isCloseTo(net.median() / 0.87, org.assertj.core.data.Offset.offset(1000.0));
        assertThat(gross.explanation()).contains("before income tax");
    }

    @Test
    void refusesToGuessForATitleNothingInTheMarketResembles() {
        SalaryEstimate estimate = model.estimate(SalaryQuery.of("Астронавт-испытатель"), Basis.NET);

        assertThat(estimate.confidence()).isEqualTo(Confidence.NONE);
        assertThat(estimate.median()).isNull();
        assertThat(estimate.p10()).isNull();
        assertThat(estimate.explanation()).contains("does not guess");
        assertThat(estimate.explanationRu()).contains("гадать QH не будет");
    }

    @Test
    void namesTheWiderAreaItFallsBackToForATownWithFewComparables() {
        SalaryEstimate estimate = model.estimate(new SalaryQuery("Бухгалтер", "Колпино", null, null, null,
                List.of()), Basis.NET);

        assertThat(estimate.median()).isNotNull();
        assertThat(estimate.explanation()).startsWith("No comparable vacancy in Колпино")
                .contains("the region (Санкт-Петербург)").contains("net of 13 % income tax");
        assertThat(estimate.explanationRu()).startsWith("В городе Колпино нет сопоставимых вакансий")
                .contains("региона (Санкт-Петербург)");
    }

    @Test
    void placesAnExpectationAmongThePercentiles() {
        SalaryEstimate estimate = model.estimate(SalaryQuery.of("Бухгалтер"), Basis.NET);

        assertThat(SalaryModel.percentileOf(estimate, estimate.median())).isEqualTo(50.0);
        assertThat(SalaryModel.percentileOf(estimate, estimate.p90() * 2.0)).isEqualTo(100.0);
        assertThat(SalaryModel.percentileOf(estimate, (estimate.p25() + estimate.median()) / 2.0)).isBetween(25.0,
                50.0);
    }

    @Test
    void readsExperienceAsHhIdsOrYears() {
        assertThat(Experience.parse("between1And3")).isEqualTo(Experience.BETWEEN_1_AND_3);
        assertThat(Experience.parse("4.5")).isEqualTo(Experience.BETWEEN_3_AND_6);
        assertThat(Experience.parse("0")).isEqualTo(Experience.NO_EXPERIENCE);
        assertThat(Experience.parse("12")).isEqualTo(Experience.MORE_THAN_6);
        assertThat(Experience.parse(" ")).isNull();
        assertThatThrownBy(() -> Experience.parse("forever")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noExperience");
        assertThatThrownBy(() -> Experience.parse("-2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertsCurrenciesAndBasesByTheDocumentedRules() {
        MoneyRules rules = MoneyRules.DEFAULT;
        assertThat(rules.toRoubles(100_000, "RUR", true, Basis.NET)).hasValue(87_000.0);
        assertThat(rules.toRoubles(87_000, "RUB", false, Basis.GROSS).getAsDouble()).isCloseTo(100_000,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(rules.toRoubles(1_000, "USD", false, Basis.NET)).hasValue(80_000.0);
        assertThat(rules.toRoubles(1_000, "XYZ", false, Basis.NET)).isEmpty();
    }

    @Test
    void agreesNumbersWithTheirNounsInBothLanguages() {
        assertThat(Explanations.en(1, "comparable vacancy")).isEqualTo("1 comparable vacancy");
        assertThat(Explanations.en(3723, "vacancy")).isEqualTo("3,723 vacancies");
        assertThat(Explanations.ru(1, "вакансия", "вакансии", "вакансий")).isEqualTo("1 вакансия");
        assertThat(Explanations.ru(3, "вакансия", "вакансии", "вакансий")).isEqualTo("3 вакансии");
        assertThat(Explanations.ru(12, "вакансия", "вакансии", "вакансий")).isEqualTo("12 вакансий");
        assertThat(Explanations.ru(21, "вакансия", "вакансии", "вакансий")).isEqualTo("21 вакансия");
        assertThat(Explanations.ru(3723, "вакансия", "вакансии", "вакансий")).endsWith("723 вакансии");
        assertThat(Explanations.basis(Basis.NET, 0.15).en()).contains("net of 15 % income tax");
    }

    private static long median(String title, String city, Experience experience) {
        return model.estimate(new SalaryQuery(title, city, experience, null, null, List.of()), Basis.NET).median();
    }
}

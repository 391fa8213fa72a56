package com.qh.vacancy.normalising;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Salaries as sites write them, normalised to ISO currencies, ordered bounds and monthly figures. */
class SalaryTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", value = {
            "RUR, RUB", "rub, RUB", "' USD ', USD", "BYR, BYN", "РУБ, RUB", "₽, RUB", "$, USD", "€, EUR", "£, GBP",
            "₸, KZT", "XYZ, none", "'', none", "none, none"})
    void namesTheCurrencyAsIso4217(String written, String code) {
        assertThat(Salary.currency(written)).isEqualTo(code);
    }

    static Stream<Arguments> offers() {
        return Stream.of(
                Arguments.of("a range in roubles as hh.ru writes them", offer("280000", "380000", "RUR", null),
                        new Salary(amount("280000"), amount("380000"), "RUB", false, SalaryPeriod.MONTH)),
                Arguments.of("bounds written the wrong way round", offer("6000", "4000", "usd", null),
                        new Salary(amount("4000"), amount("6000"), "USD", false, SalaryPeriod.MONTH)),
                Arguments.of("a lower bound alone", offer("90000", null, "RUB", null),
                        new Salary(amount("90000"), null, "RUB", false, SalaryPeriod.MONTH)),
                Arguments.of("a zero bound as no bound", offer("0", "150000", "RUB", null),
                        new Salary(null, amount("150000"), "RUB", false, SalaryPeriod.MONTH)),
                Arguments.of("an hourly rate", offer("15.5", null, "GBP", SalaryPeriod.HOUR),
                        new Salary(amount("15.5"), null, "GBP", false, SalaryPeriod.HOUR)),
                Arguments.of("no figure", offer(null, null, "RUB", null), null),
                Arguments.of("a currency no one knows", offer("100", "200", "XYZ", null), null),
                Arguments.of("no currency", offer("100", "200", null, null), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offers")
    void makesASalaryOfWhatTheSiteOffers(String kind, Offer offer, Salary expected) {
        assertThat(Salary.of(offer.from(), offer.to(), offer.currency(), false, offer.period())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} {0} a {2} month")
    @CsvSource({
            "15.5, HOUR, 2558", "3000, SHIFT, 45000", "4000, DAY, 84000", "1000, WEEK, 4345", "100000, MONTH, 100000",
            "84000, YEAR, 7000"})
    void worksOutWhatAPeriodsFigureMakesInAMonth(String figure, SalaryPeriod period, String monthly) {
        Salary salary = Salary.of(amount(figure), amount(figure), "EUR", null, period);

        assertThat(salary.monthlyFrom()).isEqualByComparingTo(monthly);
        assertThat(salary.monthlyTo()).isEqualByComparingTo(monthly);
    }

    /** What a site wrote, before normalising. */
    record Offer(BigDecimal from, BigDecimal to, String currency, SalaryPeriod period) {
    }

    private static Offer offer(String from, String to, String currency, SalaryPeriod period) {
        return new Offer(amount(from), amount(to), currency, period);
    }

    private static BigDecimal amount(String figure) {
        return figure == null ? null : new BigDecimal(figure);
    }
}

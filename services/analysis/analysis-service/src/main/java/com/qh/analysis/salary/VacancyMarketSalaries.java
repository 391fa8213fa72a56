package com.qh.analysis.salary;

import com.qh.platform.grpc.ServiceChannels;
import com.qh.vacancy.api.ListMarketRequest;
import com.qh.vacancy.api.MarketPage;
import com.qh.vacancy.api.VacanciesGrpc;
import com.qh.vacancy.api.Vacancy;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link MarketSalaries} over the vacancy service's {@code Vacancies.ListMarket}, page by page: the title, city,
 * salary with its basis and the experience bucket (from the years range the market store keeps) of each vacancy.
 * Here rather than in the {@code source} package, which the salary feature reads profiles through: a cycle
 * otherwise. A failed call throws gRPC's exception; {@link SalaryEstimates#refresh()} keeps the model it has.
 */
@Component
class VacancyMarketSalaries implements MarketSalaries {

    private static final int PAGE = 1000;

    private final ServiceChannels channels;

    VacancyMarketSalaries(ServiceChannels channels) {
        this.channels = channels;
    }

    @Override
    public List<MarketSalary> all() {
        List<MarketSalary> all = new ArrayList<>();
        String after = "";
        while (true) {
            MarketPage page = VacanciesGrpc.newBlockingStub(channels.forService("vacancy"))
                    .listMarket(ListMarketRequest.newBuilder().setAfter(after).setLimit(PAGE).build());
            page.getVacanciesList().forEach(vacancy -> all.add(of(vacancy)));
            if (page.getNextAfter().isEmpty() || page.getNextAfter().equals(after) || page.getVacanciesCount() == 0) {
                return all;
            }
            after = page.getNextAfter();
        }
    }

    static MarketSalary of(Vacancy vacancy) {
        Experience experience = null;
        if (vacancy.getRequirements().hasExperienceMinYears()) {
            int least = vacancy.getRequirements().getExperienceMinYears();
            experience = least >= 6 ? Experience.MORE_THAN_6 : least >= 3 ? Experience.BETWEEN_3_AND_6
                    : least >= 1 ? Experience.BETWEEN_1_AND_3 : Experience.NO_EXPERIENCE;
        }
        var salary = vacancy.getSalary();
        return new MarketSalary(vacancy.getSourceId().isBlank() ? vacancy.getId() : vacancy.getSourceId(),
                vacancy.getTitle(), vacancy.getCity().isBlank() ? null : vacancy.getCity(), experience, null, null,
                null, salary.hasFrom() ? (double) salary.getFrom() : null,
                salary.hasTo() ? (double) salary.getTo() : null,
                salary.getCurrency().isBlank() ? null : salary.getCurrency(),
                salary.hasGross() ? salary.getGross() : null);
    }
}

package com.qh.analysis.source.grpc;

import com.qh.analysis.source.Vacancies;
import com.qh.analysis.source.VacancyView;
import com.qh.platform.grpc.ServiceChannels;
import com.qh.vacancy.api.GetVacancyRequest;
import com.qh.vacancy.api.ListMarketRequest;
import com.qh.vacancy.api.ListSavedRequest;
import com.qh.vacancy.api.VacanciesGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@link Vacancies} over the vacancy service's {@code Vacancies}. Limits beyond what the contract allows in one
 * call (500 saved, 1,000 market vacancies) are clamped rather than refused: the caller asks for "at most".
 */
@Component
class GrpcVacancies implements Vacancies {

    static final String SERVICE = "vacancy";
    private static final int SAVED_MAX = 500;
    private static final int MARKET_MAX = 1000;

    private final ServiceChannels channels;

    GrpcVacancies(ServiceChannels channels) {
        this.channels = channels;
    }

    @Override
    public Optional<VacancyView> find(UUID userId, UUID vacancyId) {
        try {
            return Optional.of(VacancyViews.of(stub().get(GetVacancyRequest.newBuilder()
                    .setUserId(userId.toString()).setVacancyId(vacancyId.toString()).build())));
        }
        catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw new SourceUnavailableException(SERVICE, e);
        }
    }

    @Override
    public List<VacancyView> saved(UUID userId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return call(() -> stub().listSaved(ListSavedRequest.newBuilder().setUserId(userId.toString())
                .setLimit(Math.min(limit, SAVED_MAX)).build()).getVacanciesList().stream()
                .map(VacancyViews::of).toList());
    }

    @Override
    public MarketPage market(String after, int limit) {
        if (limit <= 0) {
            return new MarketPage(List.of(), after);
        }
        return call(() -> {
            var page = stub().listMarket(ListMarketRequest.newBuilder().setAfter(after == null ? "" : after)
                    .setLimit(Math.min(limit, MARKET_MAX)).build());
            return new MarketPage(page.getVacanciesList().stream().map(VacancyViews::of).toList(),
                    page.getNextAfter().isEmpty() ? null : page.getNextAfter());
        });
    }

    private VacanciesGrpc.VacanciesBlockingStub stub() {
        return VacanciesGrpc.newBlockingStub(channels.forService(SERVICE));
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        }
        catch (StatusRuntimeException e) {
            throw new SourceUnavailableException(SERVICE, e);
        }
    }
}

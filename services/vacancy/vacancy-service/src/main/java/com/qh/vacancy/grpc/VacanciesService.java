package com.qh.vacancy.grpc;

import com.qh.vacancy.api.GetTaxonomyReleaseRequest;
import com.qh.vacancy.api.GetVacancyRequest;
import com.qh.vacancy.api.ListMarketRequest;
import com.qh.vacancy.api.ListSavedRequest;
import com.qh.vacancy.api.MarketPage;
import com.qh.vacancy.api.SkillAddition;
import com.qh.vacancy.api.TaxonomyRelease;
import com.qh.vacancy.api.Vacancy;
import com.qh.vacancy.api.VacanciesGrpc;
import com.qh.vacancy.api.VacancyList;
import com.qh.vacancy.learning.TaxonomyReleaseReads;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * {@code qh.vacancy.v1.Vacancies}: reads through {@link VacancyReads}. Limits are bounded so that one call cannot
 * ask for the whole store at once; ids that are not UUIDs are {@code INVALID_ARGUMENT}.
 */
@Service
class VacanciesService extends VacanciesGrpc.VacanciesImplBase {

    static final int SAVED_DEFAULT = 50;
    static final int SAVED_MAX = 500;
    static final int MARKET_DEFAULT = 200;
    static final int MARKET_MAX = 1000;

    private final VacancyReads reads;
    private final TaxonomyReleaseReads releases;

    VacanciesService(VacancyReads reads, TaxonomyReleaseReads releases) {
        this.reads = reads;
        this.releases = releases;
    }

    @Override
    public void get(GetVacancyRequest request, StreamObserver<Vacancy> answer) {
        UUID owner = uuid("user_id", request.getUserId());
        UUID id = uuid("vacancy_id", request.getVacancyId());
        answer.onNext(reads.saved(owner, id));
        answer.onCompleted();
    }

    @Override
    public void listSaved(ListSavedRequest request, StreamObserver<VacancyList> answer) {
        UUID owner = uuid("user_id", request.getUserId());
        int limit = limit(request.getLimit(), SAVED_DEFAULT, SAVED_MAX);
        answer.onNext(VacancyList.newBuilder().addAllVacancies(reads.saved(owner, limit)).build());
        answer.onCompleted();
    }

    @Override
    public void listMarket(ListMarketRequest request, StreamObserver<MarketPage> answer) {
        UUID after = request.getAfter().isEmpty() ? null : uuid("after", request.getAfter());
        int limit = limit(request.getLimit(), MARKET_DEFAULT, MARKET_MAX);
        List<Vacancy> page = reads.market(after, limit);
        MarketPage.Builder reply = MarketPage.newBuilder().addAllVacancies(page);
        if (page.size() == limit) {
            reply.setNextAfter(page.getLast().getId());
        }
        answer.onNext(reply.build());
        answer.onCompleted();
    }

    @Override
    public void getTaxonomyRelease(GetTaxonomyReleaseRequest request, StreamObserver<TaxonomyRelease> answer) {
        com.qh.vacancy.learning.TaxonomyRelease release = releases.latest();
        answer.onNext(TaxonomyRelease.newBuilder().setVersion(release.version())
                .setBaseVersion(release.baseVersion()).setNumber(release.number())
                .addAllOverlay(release.overlay().stream().map(addition -> SkillAddition.newBuilder()
                        .setSkill(addition.skill()).setCategory(addition.category())
                        .addAllAliases(addition.aliases()).setNewSkill(addition.newSkill()).build()).toList())
                .build());
        answer.onCompleted();
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be a UUID, not '" + value + "'");
        }
    }

    private static int limit(int asked, int byDefault, int max) {
        if (asked < 0 || asked > max) {
            throw new IllegalArgumentException("limit must be between 1 and " + max + " (0 for " + byDefault
                    + "), not " + asked);
        }
        return asked == 0 ? byDefault : asked;
    }
}

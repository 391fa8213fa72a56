package com.qh.test.sources;

import com.qh.skills.SkillTaxonomy;
import com.qh.skills.requirements.RequirementExtractor;
import com.qh.vacancy.api.GetTaxonomyReleaseRequest;
import com.qh.vacancy.api.GetVacancyRequest;
import com.qh.vacancy.api.Importance;
import com.qh.vacancy.api.ListMarketRequest;
import com.qh.vacancy.api.ListSavedRequest;
import com.qh.vacancy.api.MarketPage;
import com.qh.vacancy.api.RequiredSkill;
import com.qh.vacancy.api.Requirements;
import com.qh.vacancy.api.TaxonomyRelease;
import com.qh.vacancy.api.VacanciesGrpc;
import com.qh.vacancy.api.Vacancy;
import com.qh.vacancy.api.VacancyList;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The vacancy contract over fixtures: a user's own vacancies (anyone else's, or one in {@code deleted}, is
 * {@code NOT_FOUND}), the most recently changed first; the market store by id, in pages; and the taxonomy release in
 * use, where a test gives one ({@code UNIMPLEMENTED} otherwise, which a caller's release follower treats like a
 * vacancy service not reached).
 */
public final class FakeVacancies extends VacanciesGrpc.VacanciesImplBase {

    private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(SkillTaxonomy.builtIn());

    private final Map<UUID, List<Vacancy>> saved;
    private final Set<String> deleted;
    private final List<Vacancy> market;
    private final TaxonomyRelease release;

    /**
     * @param saved    each user's saved vacancies, most recently changed first
     * @param deleted  ids of vacancies their owner has deleted since (a test may add to it while it runs)
     * @param market   the market store, in any order
     * @param release  the taxonomy release in use, or {@code null} for none
     */
    public FakeVacancies(Map<UUID, List<Vacancy>> saved, Set<String> deleted, List<Vacancy> market,
            TaxonomyRelease release) {
        this.saved = saved;
        this.deleted = deleted;
        this.market = market.stream().sorted(Comparator.comparing(Vacancy::getId)).toList();
        this.release = release;
    }

    /** Saved vacancies only: no deletions, an empty market, no release. */
    public FakeVacancies(Map<UUID, List<Vacancy>> saved) {
        this(saved, Set.of(), List.of(), null);
    }

    /**
     * The requirements as the vacancy service reads them from a text with the shipped taxonomy; the market store
     * keeps no sentences ({@code withEvidence = false}).
     */
    public static Requirements requirements(String text, boolean withEvidence) {
        Requirements.Builder requirements = Requirements.newBuilder();
        for (var skill : EXTRACTOR.extract(text).skills()) {
            requirements.addSkills(RequiredSkill.newBuilder().setName(skill.name())
                    .setImportance(skill.importance() == com.qh.skills.requirements.Importance.MUST
                            ? Importance.IMPORTANCE_MUST : Importance.IMPORTANCE_NICE)
                    .setEvidence(withEvidence && skill.evidence() != null ? skill.evidence() : ""));
        }
        return requirements.build();
    }

    @Override
    public void get(GetVacancyRequest request, StreamObserver<Vacancy> answer) {
        Vacancy vacancy = savedBy(request.getUserId()).stream()
                .filter(v -> v.getId().equals(request.getVacancyId()))
                .findFirst().orElse(null);
        if (vacancy == null) {
            answer.onError(Status.NOT_FOUND.withDescription("No such vacancy among the user's").asRuntimeException());
            return;
        }
        answer.onNext(vacancy);
        answer.onCompleted();
    }

    @Override
    public void listSaved(ListSavedRequest request, StreamObserver<VacancyList> answer) {
        answer.onNext(VacancyList.newBuilder().addAllVacancies(savedBy(request.getUserId()).stream()
                .limit(request.getLimit() == 0 ? 100 : request.getLimit()).toList()).build());
        answer.onCompleted();
    }

    @Override
    public void listMarket(ListMarketRequest request, StreamObserver<MarketPage> answer) {
        int limit = request.getLimit() == 0 ? 200 : request.getLimit();
        List<Vacancy> after = market.stream().filter(v -> v.getId().compareTo(request.getAfter()) > 0).toList();
        List<Vacancy> page = after.subList(0, Math.min(limit, after.size()));
        MarketPage.Builder reply = MarketPage.newBuilder().addAllVacancies(page);
        if (page.size() == limit) {
            reply.setNextAfter(page.getLast().getId());
        }
        answer.onNext(reply.build());
        answer.onCompleted();
    }

    @Override
    public void getTaxonomyRelease(GetTaxonomyReleaseRequest request, StreamObserver<TaxonomyRelease> answer) {
        if (release == null) {
            super.getTaxonomyRelease(request, answer);
            return;
        }
        answer.onNext(release);
        answer.onCompleted();
    }

    private List<Vacancy> savedBy(String userId) {
        return saved.getOrDefault(UUID.fromString(userId), List.of()).stream()
                .filter(v -> !deleted.contains(v.getId())).toList();
    }
}

package com.qh.vacancy.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.SkillsInUse;
import com.qh.vacancy.api.GetTaxonomyReleaseRequest;
import com.qh.vacancy.api.SkillAddition;
import com.qh.vacancy.api.SkillsReleased;
import com.qh.vacancy.api.TaxonomyRelease;
import com.qh.vacancy.api.VacanciesGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The releases followed against a real gRPC server on a loopback port that answers the vacancy contract's
 * {@code GetTaxonomyRelease} as the vacancy service does, and release events as the broker delivers them.
 */
class SkillReleasesTest {

    private static final String SHIPPED = SkillTaxonomy.builtIn().version();

    private final SkillsInUse skills = SkillsInUse.shipped();
    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final AtomicReference<TaxonomyRelease> inUse = new AtomicReference<>(noRelease());
    private final AtomicInteger asked = new AtomicInteger();
    private final CountDownLatch answering = new CountDownLatch(1);
    private volatile boolean holdAnswers;
    private Server vacancyService;
    private ManagedChannel channel;
    private SkillReleases releases;

    @AfterEach
    void stop() throws InterruptedException {
        if (releases != null) {
            releases.destroy();
        }
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (vacancyService != null) {
            vacancyService.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void readsTheReleaseInUseFromTheVacancyServiceAtStart() throws IOException {
        inUse.set(helidonRelease(2));
        follow(startVacancyService(0), Duration.ZERO);

        await().atMost(Duration.ofSeconds(10)).until(() -> skills.release() == 2);
        assertThat(skills.taxonomy().version()).isEqualTo(SHIPPED + "+2");
        assertThat(skills.taxonomy().find("Oracle Helidon")).map(Skill::name).contains("Helidon");
        assertThat(skills.graph().implies("Постгрескуэль", "SQL")).isTrue();
        assertThat(published).containsExactly(new SkillsReleaseApplied(SHIPPED + "+2", 2));
    }

    /**
     * A vacancy service still starting takes the call and answers only once it is up: the start goes on meanwhile
     * (the answer here is held until the start has returned; asked on the starting thread, the start would wait out
     * the deadline and never see this release, the refresh being off).
     */
    @Test
    void neverHoldsTheStartUpWaitingForTheAnswer() throws IOException {
        inUse.set(helidonRelease(2));
        holdAnswers = true;
        follow(startVacancyService(0), Duration.ZERO);

        assertThat(skills.release()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> asked.get() == 1);
        answering.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> skills.release() == 2);
        assertThat(published).containsExactly(new SkillsReleaseApplied(SHIPPED + "+2", 2));
    }

    @Test
    void staysOnTheShippedTaxonomyBeforeAnyRelease() throws IOException {
        follow(startVacancyService(0), Duration.ZERO);

        await().atMost(Duration.ofSeconds(10)).until(() -> asked.get() == 1);
        assertThat(skills.release()).isZero();
        assertThat(skills.taxonomy()).isSameAs(SkillTaxonomy.builtIn());
        assertThat(published).isEmpty();
    }

    @Test
    void startsOnTheShippedTaxonomyWhenTheVacancyServiceDoesNotAnswerAndTakesTheReleaseOnceItDoes()
            throws Exception {
        int port = startVacancyService(0);
        vacancyService.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        inUse.set(helidonRelease(1));

        follow(port, Duration.ofMillis(200));

        assertThat(skills.release()).isZero();
        assertThat(skills.taxonomy().find("Helidon")).isEmpty();
        startVacancyService(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> skills.release() == 1);
        assertThat(skills.taxonomy().find("Helidon")).isPresent();
    }

    @Test
    void asksAgainSoonAfterAStartTheVacancyServiceDidNotAnswerNotARefreshLater() throws Exception {
        int port = startVacancyService(0);
        vacancyService.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        inUse.set(helidonRelease(1));

        follow(port, Duration.ofMinutes(10));

        assertThat(skills.release()).isZero();
        startVacancyService(port);
        // Asked again after 2, 4, 8 … s: within half a minute, though the refresh is ten minutes away.
        await().atMost(Duration.ofSeconds(30)).until(() -> skills.release() == 1);
        assertThat(skills.taxonomy().find("Helidon")).isPresent();
    }

    @Test
    void appliesAReleaseEventOnceAndNeverGoesBackToAnOlderRelease() throws IOException {
        follow(startVacancyService(0), Duration.ZERO);
        SkillsReleased third = event(3, List.of(new SkillsReleased.Addition("Helidon", "frameworks",
                List.of("Oracle Helidon"), true)));
        SkillsReleased second = event(2, List.of(new SkillsReleased.Addition("Helidon", "frameworks", List.of(),
                true)));

        releases.handle(third);
        releases.handle(third);
        releases.handle(second);

        assertThat(skills.release()).isEqualTo(3);
        assertThat(skills.taxonomy().find("Oracle Helidon")).isPresent();
        assertThat(published).containsExactly(new SkillsReleaseApplied(SHIPPED + "+3", 3));
    }

    /** Follows the vacancy service on {@code port} from now, as the service does at start. */
    private void follow(int port, Duration refresh) {
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", port, InsecureChannelCredentials.create()).build();
        releases = new SkillReleases(skills, () -> channel, published::add,
                new SkillReleaseProperties(true, refresh, Duration.ofSeconds(2)));
        releases.afterSingletonsInstantiated();
    }

    private int startVacancyService(int port) throws IOException {
        vacancyService = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create())
                .addService(new VacanciesGrpc.VacanciesImplBase() {
                    @Override
                    public void getTaxonomyRelease(GetTaxonomyReleaseRequest request,
                            StreamObserver<TaxonomyRelease> answer) {
                        asked.incrementAndGet();
                        if (holdAnswers) {
                            try {
                                answering.await();
                            }
                            catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        answer.onNext(inUse.get());
                        answer.onCompleted();
                    }
                })
                .build().start();
        return vacancyService.getPort();
    }

    private static TaxonomyRelease noRelease() {
        return TaxonomyRelease.newBuilder().setVersion(SHIPPED).setBaseVersion(SHIPPED).setNumber(0).build();
    }

    /** Release {@code number}: Helidon, a new skill, and a spelling of PostgreSQL. */
    private static TaxonomyRelease helidonRelease(int number) {
        return TaxonomyRelease.newBuilder().setVersion(SHIPPED + "+" + number).setBaseVersion(SHIPPED)
                .setNumber(number)
                .addOverlay(SkillAddition.newBuilder().setSkill("Helidon").setCategory("frameworks")
                        .addAliases("Oracle Helidon").setNewSkill(true))
                .addOverlay(SkillAddition.newBuilder().setSkill("PostgreSQL").setCategory("data")
                        .addAliases("Постгрескуэль"))
                .build();
    }

    private static SkillsReleased event(int number, List<SkillsReleased.Addition> overlay) {
        return new SkillsReleased(UUID.randomUUID(), Instant.now(), SHIPPED + "+" + number, SHIPPED, number,
                overlay.subList(overlay.size() - 1, overlay.size()), overlay);
    }
}

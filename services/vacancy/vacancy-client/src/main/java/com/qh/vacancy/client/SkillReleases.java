package com.qh.vacancy.client;

import com.qh.platform.messaging.IntegrationEventHandler;
import com.qh.skills.Skill;
import com.qh.skills.SkillsInUse;
import com.qh.vacancy.api.GetTaxonomyReleaseRequest;
import com.qh.vacancy.api.SkillAddition;
import com.qh.vacancy.api.SkillsReleased;
import com.qh.vacancy.api.TaxonomyRelease;
import com.qh.vacancy.api.VacanciesGrpc;
import io.grpc.Channel;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Keeps {@link SkillsInUse} at the vacancy service's latest taxonomy release: asks for the release in use
 * ({@code Vacancies/GetTaxonomyRelease}) as the service starts, then every {@link SkillReleaseProperties#refresh()},
 * and applies each {@code skills.released.v1} as it arrives. The event and the answer both carry the whole overlay,
 * so whatever was missed, the latest one read is enough.
 *
 * <p>The first ask goes out on this class's own thread and never holds the start up: until it is answered the
 * service reads with the shipped taxonomy, as it does while the vacancy service is down, and a release applied then
 * is announced ({@link SkillsReleaseApplied}) like any later one, so what was read with the shipped taxonomy is
 * read again. (Asked on the starting thread, in the default run, where every app starts side by side, the three
 * services that read skills waited for the vacancy service to finish its own start: its port is bound early and
 * answers only once it is up.) A vacancy service that does not answer is asked again after 2, 4, 8 … seconds, never
 * later than the refresh. A release is applied once; the same or an older one again (a redelivered event, the same
 * answer on every refresh) changes nothing.
 */
class SkillReleases implements IntegrationEventHandler<SkillsReleased>, SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SkillReleases.class);

    private static final long FIRST_RETRY_MILLIS = 2_000;

    private final SkillsInUse skills;
    private final Supplier<Channel> vacancyService;
    private final ApplicationEventPublisher events;
    private final SkillReleaseProperties properties;
    private volatile boolean answered = true;
    /** Why the last ask of the start failed; read and written on the refreshing thread only. */
    private String startFailure;
    private ScheduledExecutorService refreshing;

    SkillReleases(SkillsInUse skills, Supplier<Channel> vacancyService, ApplicationEventPublisher events,
            SkillReleaseProperties properties) {
        this.skills = skills;
        this.vacancyService = vacancyService;
        this.events = events;
        this.properties = properties;
    }

    @Override
    public Class<SkillsReleased> eventClass() {
        return SkillsReleased.class;
    }

    @Override
    public void handle(SkillsReleased event) {
        apply(event.number(), event.overlay().stream()
                .map(addition -> new Skill(addition.skill(), addition.category(), addition.aliases())).toList());
    }

    /**
     * At start: the release in use, asked at once in the background, then the refresh. In the default run every app
     * starts side by side and the vacancy service (or auth, which gives the token to call it with) is seldom up yet:
     * then it is asked again after 2, 4, 8 … seconds until it answers (never later than the refresh), not a whole
     * refresh later. Those first failures are expected and logged at debug; a warning only if none of them answered.
     */
    @Override
    public void afterSingletonsInstantiated() {
        long every = properties.refresh().toMillis();
        refreshing = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("qh-skill-releases").factory());
        refreshing.execute(() -> {
            if (!ask(true)) {
                if (every > 0) {
                    askAgain(Math.min(FIRST_RETRY_MILLIS, every), every);
                } else {
                    unanswered(startFailure);
                }
            }
        });
        if (every > 0) {
            refreshing.scheduleWithFixedDelay(this::ask, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void askAgain(long delay, long most) {
        refreshing.schedule(() -> {
            if (ask(true)) {
                return;
            }
            if (delay * 2 < most) {
                askAgain(delay * 2, most);
            } else {
                unanswered(startFailure);
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /**
     * Asks the vacancy service for the release in use and applies it.
     *
     * @return whether the vacancy service answered
     */
    boolean ask() {
        return ask(false);
    }

    private boolean ask(boolean starting) {
        TaxonomyRelease release;
        try {
            release = VacanciesGrpc.newBlockingStub(vacancyService.get())
                    .withDeadlineAfter(properties.deadline().toMillis(), TimeUnit.MILLISECONDS)
                    .getTaxonomyRelease(GetTaxonomyReleaseRequest.getDefaultInstance());
        } catch (RuntimeException e) {
            if (starting) {
                log.debug("The vacancy service did not tell the taxonomy release in use yet: {}", e.toString());
                startFailure = e.toString();
            } else {
                unanswered(e.toString());
            }
            return false;
        }
        if (!answered) {
            log.info("The vacancy service answers again: taxonomy release {}", release.getVersion());
        }
        answered = true;
        try {
            apply(release.getNumber(), release.getOverlayList().stream().map(SkillReleases::skill).toList());
        } catch (RuntimeException e) {
            // Neither the start nor the refresh may die of one release (the scheduler would stop asking): the
            // service reads on with what it has, and the next turn tries the release again.
            log.warn("Taxonomy release {} could not be put to use; reading skills with {}", release.getVersion(),
                    skills.taxonomy().version(), e);
        }
        return true;
    }

    private void unanswered(String why) {
        if (answered) {
            log.warn("The vacancy service did not tell the taxonomy release in use ({}); reading skills with "
                    + "taxonomy {} until {}", why, skills.taxonomy().version(),
                    properties.refresh().isPositive() ? "it answers (asked every " + properties.refresh() + ")"
                            : "the next release event");
        } else {
            log.debug("The vacancy service did not tell the taxonomy release in use: {}", why);
        }
        answered = false;
    }

    private void apply(int number, List<Skill> overlay) {
        if (skills.apply(number, overlay)) {
            events.publishEvent(new SkillsReleaseApplied(skills.taxonomy().version(), number));
        }
    }

    private static Skill skill(SkillAddition addition) {
        return new Skill(addition.getSkill(), addition.getCategory(), addition.getAliasesList());
    }

    @Override
    public void destroy() {
        if (refreshing != null) {
            refreshing.shutdownNow();
        }
    }
}

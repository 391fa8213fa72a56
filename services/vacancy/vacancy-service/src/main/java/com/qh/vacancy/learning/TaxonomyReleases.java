package com.qh.vacancy.learning;

import com.qh.platform.web.UnprocessableException;
import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import com.qh.vacancy.api.SkillsReleased;
import com.qh.vacancy.extraction.Extraction;
import com.qh.vacancy.market.MarketRereading;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The taxonomy in use: the shipped one ({@link SkillTaxonomy#builtIn()}) plus the additions of every release, in
 * order, kept in {@code skill_release}. Read at start, made anew by each release (and put to use in the extractor
 * when its transaction commits, the market store's skills then read again with it), and read again when another
 * replica made one.
 *
 * <p>A new shipped taxonomy can come to hold what a release added, or to clash with it: an addition that no longer
 * applies is passed over with a warning instead of stopping the service, and a release's version names the shipped
 * version it is applied to ({@code 2026.12.5+3}).
 */
@Component
class TaxonomyReleases implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyReleases.class);
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Extraction extraction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MarketRereading market;
    private final SkillTaxonomy shipped = SkillTaxonomy.builtIn();
    private final ReentrantLock rereading = new ReentrantLock();
    private final AtomicBoolean rereadPending = new AtomicBoolean();
    /** The number of the release in use; 0 for the shipped taxonomy alone. */
    private volatile int applied;

    TaxonomyReleases(JdbcTemplate jdbc, JsonMapper json, Extraction extraction, ApplicationEventPublisher events,
            Clock clock, MarketRereading market) {
        this.market = market;
        this.jdbc = jdbc;
        this.json = json;
        this.extraction = extraction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One skill added, or spellings given to a skill, by a decision on a candidate.
     *
     * @param candidateId the candidate decided
     * @param action {@code accept} or {@code merge}
     * @param skill the new skill's name, or the name of the skill the spellings now name
     * @param category the new skill's category, or the existing skill's
     * @param aliases the spellings added
     * @param newSkill whether the skill is new
     */
    record Change(UUID candidateId, String action, String skill, String category, List<String> aliases,
            boolean newSkill) {

        Skill asSkill() {
            return new Skill(skill, category, aliases);
        }

        SkillsReleased.Addition asAddition() {
            return new SkillsReleased.Addition(skill, category, aliases, newSkill);
        }
    }

    /** A release as stored. */
    record Release(int number, String version, String baseVersion, List<Change> changes, Instant createdAt,
            UUID createdBy) {
    }

    /** Before the service answers anything: the extractor reads with the latest release from the first request. */
    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    /** Puts a release another replica made to use here. */
    @Scheduled(fixedDelayString = "${qh.vacancy.skills.refresh:1m}", initialDelayString = "${qh.vacancy.skills.refresh:1m}")
    void refresh() {
        Integer latest = jdbc.queryForObject("select coalesce(max(number), 0) from skill_release", Integer.class);
        if (latest != null && latest != applied) {
            load();
        }
    }

    /** Every release, the latest first. */
    List<Release> all() {
        return jdbc.query("select number, version, base_version, changes, created_at, created_by from skill_release "
                + "order by number desc", (rs, n) -> new Release(rs.getInt("number"), rs.getString("version"),
                        rs.getString("base_version"), json.readValue(rs.getString("changes"), CHANGES),
                        rs.getTimestamp("created_at").toInstant(), rs.getObject("created_by", UUID.class)));
    }

    /** The version of the taxonomy the extractor reads with. */
    String current() {
        return extraction.taxonomyVersion();
    }

    /** The latest release with every addition so far, as other services apply it. */
    TaxonomyRelease latest() {
        List<Release> releases = all().reversed();
        if (releases.isEmpty()) {
            return new TaxonomyRelease(shipped.version(), shipped.version(), 0, List.of());
        }
        // Versioned on the shipped taxonomy this replica runs, as the extractor's is (see load).
        int number = releases.getLast().number();
        return new TaxonomyRelease(shipped.version() + "+" + number, shipped.version(), number, releases.stream()
                .flatMap(release -> release.changes().stream()).map(Change::asAddition).toList());
    }

    /** The shipped taxonomy's version, which releases are made on. */
    String shippedVersion() {
        return shipped.version();
    }

    /**
     * Makes a release of {@code changes} in the caller's transaction, announces it through the outbox, and puts it to
     * use once the transaction commits. Releases are made one at a time across replicas.
     *
     * @throws UnprocessableException {@code taxonomy-conflict} when a spelling added would name two skills
     */
    Release release(List<Change> changes, UUID by) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('qh.vacancy.skill-release'))");
        List<Release> before = all().reversed();
        int number = before.isEmpty() ? 1 : before.getLast().number() + 1;
        String version = shipped.version() + "+" + number;
        List<Change> overlay = new ArrayList<>();
        before.forEach(release -> overlay.addAll(release.changes()));
        SkillTaxonomy current = overlay.isEmpty() ? shipped : build(overlay, shipped.version() + "+" + (number - 1));
        SkillTaxonomy next;
        try {
            next = current.extendedWith(version, changes.stream().map(Change::asSkill).toList());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("taxonomy-conflict", "The release would make a spelling name two "
                    + "skills: " + e.getMessage().replace('\n', ' ') + ". Leave that spelling out (aliases), or merge "
                    + "into the skill it names.");
        }
        overlay.addAll(changes);
        Instant now = clock.instant();
        jdbc.update("insert into skill_release (number, version, base_version, changes, created_at, created_by) "
                + "values (?, ?, ?, cast(? as jsonb), ?, ?)", number, version, shipped.version(),
                json.writeValueAsString(changes), Timestamp.from(now), by);
        events.publishEvent(new SkillsReleased(UUID.randomUUID(), now, version, shipped.version(), number,
                changes.stream().map(Change::asAddition).toList(),
                overlay.stream().map(Change::asAddition).toList()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                use(next, number);
                rereadMarket();
            }
        });
        log.info("Taxonomy release {}: {}", version, changes);
        return new Release(number, version, shipped.version(), changes, now, by);
    }

    /**
     * The market store's skills read again with the release, in the background; while one waits to start, further
     * releases join it.
     */
    private void rereadMarket() {
        if (rereadPending.compareAndSet(false, true)) {
            Thread.ofVirtual().name("market-reread").start(() -> {
                rereading.lock();
                try {
                    rereadPending.set(false);
                    market.reread();
                } catch (RuntimeException e) {
                    log.warn("Could not read the market store again with taxonomy {}", extraction.taxonomyVersion(), e);
                } finally {
                    rereading.unlock();
                }
            });
        }
    }

    /** Reads every release and puts the result to use. */
    private synchronized void load() {
        List<Release> releases = all().reversed();
        if (releases.isEmpty()) {
            use(shipped, 0);
            return;
        }
        int number = releases.getLast().number();
        List<Change> overlay = new ArrayList<>();
        releases.forEach(release -> overlay.addAll(release.changes()));
        use(build(overlay, shipped.version() + "+" + number), number);
    }

    private synchronized void use(SkillTaxonomy taxonomy, int number) {
        if (number < applied) {
            return; // a later release was put to use meanwhile
        }
        extraction.use(taxonomy);
        applied = number;
        log.info("Reading requirements with taxonomy {} ({} skills)", taxonomy.version(), taxonomy.skills().size());
    }

    /** The shipped taxonomy with {@code overlay}; an addition that no longer fits it is passed over. */
    private SkillTaxonomy build(List<Change> overlay, String version) {
        return shipped.extendedWithFitting(version, overlay.stream().map(Change::asSkill).toList(),
                (addition, reason) -> log.warn("Taxonomy {}: passing over {} ({}), which clashes with the shipped "
                        + "taxonomy: {}", version, addition.name(), addition.aliases(), reason));
    }
}

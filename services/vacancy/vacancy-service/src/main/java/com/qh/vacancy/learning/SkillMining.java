package com.qh.vacancy.learning;

import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.mining.SkillCandidate;
import com.qh.skills.mining.MarketVacancy;
import com.qh.skills.mining.SkillMiner;
import com.qh.vacancy.api.MarketChanged;
import com.qh.vacancy.extraction.Extraction;
import com.qh.vacancy.market.MarketKeySkills;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mines the market store for the review queue: after every market import and hh.ru sync pass
 * ({@code vacancy.market-changed.v1}, heard in-process once it committed) and after every release, in the background;
 * an administrator can also run it at once. Runs one at a time; changes during a run make one more run after it.
 */
@Component
class SkillMining {

    private static final Logger log = LoggerFactory.getLogger(SkillMining.class);

    private final MarketKeySkills market;
    private final Extraction extraction;
    private final Candidates candidates;
    private final LearningProperties properties;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean pending = new AtomicBoolean();

    SkillMining(MarketKeySkills market, Extraction extraction, Candidates candidates, LearningProperties properties,
            PlatformTransactionManager transactionManager, JdbcTemplate jdbc, Clock clock) {
        this.market = market;
        this.extraction = extraction;
        this.candidates = candidates;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What a run did.
     *
     * @param taxonomyVersion the taxonomy the key skills were resolved with
     * @param vacancies market vacancies with key skills read
     * @param candidates candidates the run proposed (new ones, and pending ones with fresh evidence; decided ones
     *        stay decided)
     * @param dropped pending candidates no longer proposed, which the taxonomy resolves now
     */
    record Report(String taxonomyVersion, int vacancies, int candidates, int dropped) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onMarketChanged(MarketChanged event) {
        soon();
    }

    /** A run in the background; while one waits to start, further calls join it. */
    void soon() {
        if (pending.compareAndSet(false, true)) {
            Thread.ofVirtual().name("skill-mining").start(() -> {
                try {
                    mine();
                } catch (RuntimeException e) {
                    log.warn("Mining the market for skills failed; the next import or sync tries again", e);
                }
            });
        }
    }

    /** Mines the whole market store now and keeps the result. */
    Report mine() {
        running.lock();
        try {
            pending.set(false);
            SkillTaxonomy taxonomy = extraction.taxonomy();
            Collection<MarketVacancy> vacancies = market.all();
            int read = vacancies.size();
            List<SkillCandidate> found = new SkillMiner(taxonomy, properties.minVacancies()).mine(vacancies);
            Instant run = clock.instant();
            Integer dropped = transactions.execute(status -> {
                jdbc.queryForList("select pg_advisory_xact_lock(hashtext('qh.vacancy.skill-mining'))");
                for (SkillCandidate candidate : found) {
                    if (candidate.key().length() <= 500) {
                        candidates.put(candidate, evidence(candidate, taxonomy), run);
                    }
                }
                return candidates.dropPendingMinedBefore(run);
            });
            Report report = new Report(taxonomy.version(), read, found.size(), dropped == null ? 0 : dropped);
            log.info("Mined the market with taxonomy {}: {} vacancies with key skills, {} candidates, {} dropped",
                    report.taxonomyVersion(), report.vacancies(), report.candidates(), report.dropped());
            return report;
        } finally {
            running.unlock();
        }
    }

    private Candidate.Evidence evidence(SkillCandidate candidate, SkillTaxonomy taxonomy) {
        return new Candidate.Evidence(candidate.spellings(), candidate.titles(), candidate.listedWith(),
                candidate.professions(), candidate.examples(), category(candidate, taxonomy));
    }

    /** An alias's skill's category; for a new skill, the category most of the skills listed beside it have. */
    private String category(SkillCandidate candidate, SkillTaxonomy taxonomy) {
        if (candidate.existingSkill() != null) {
            return taxonomy.find(candidate.existingSkill()).map(Skill::category).orElse(properties.defaultCategory());
        }
        Map<String, Integer> votes = new HashMap<>();
        candidate.listedWith().forEach((skill, count) -> taxonomy.find(skill)
                .ifPresent(known -> votes.merge(known.category(), count, Integer::sum)));
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(properties.defaultCategory());
    }
}

package com.qh.ai.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ProfileCacheTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private final AtomicInteger indexed = new AtomicInteger();
    private final FactChecker checker = LabelledSet.checker();
    private final Function<Evidence, Profile> index = evidence -> {
        indexed.incrementAndGet();
        return new Profile(evidence, com.qh.skills.SkillGraph.builtIn().taxonomy(), com.qh.skills.SkillGraph.builtIn(),
                DECEMBER);
    };

    @Test
    void indexesAProfileOnceHoweverOftenItIsReadAgainOrBuiltAnew() {
        ProfileCache cache = new ProfileCache(4);

        Profile first = cache.get(Evidence.of(FactCheckerTest.backendEn()), DECEMBER, index);
        Profile again = cache.get(Evidence.of(FactCheckerTest.backendEn()), DECEMBER, index);

        assertThat(again).isSameAs(first);
        assertThat(indexed).hasValue(1);
    }

    @Test
    void keepsTheTargetPartOfTheKey() {
        ProfileCache cache = new ProfileCache(4);

        Profile plain = cache.get(Evidence.of(FactCheckerTest.backendEn()), DECEMBER, index);
        Profile applying = cache.get(Evidence.of(FactCheckerTest.backendEn(),
                new Evidence.Target("Globex", "Staff Engineer", "We need Kafka.")), DECEMBER, index);

        assertThat(applying).isNotSameAs(plain);
        assertThat(indexed).hasValue(2);
    }

    @Test
    void indexesAProfileAgainInANewMonth() {
        ProfileCache cache = new ProfileCache(4);
        Evidence evidence = Evidence.of(FactCheckerTest.backendEn());

        Profile december = cache.get(evidence, DECEMBER, index);
        Profile january = cache.get(evidence, DECEMBER.plusMonths(1), index);

        assertThat(january).isNotSameAs(december);
        assertThat(cache.get(evidence, DECEMBER.plusMonths(1), index)).isSameAs(january);
        assertThat(indexed).hasValue(2);
    }

    @Test
    void dropsTheLeastRecentlyUsedProfileBeyondItsCapacity() {
        ProfileCache cache = new ProfileCache(2);
        Evidence a = Evidence.of(FactCheckerTest.backendEn());
        Evidence b = Evidence.of(FactCheckerTest.backendRu());
        Evidence c = Evidence.of(FactCheckerTest.backendEn(), new Evidence.Target("Globex", "Engineer", ""));

        cache.get(a, DECEMBER, index);
        cache.get(b, DECEMBER, index);
        cache.get(a, DECEMBER, index);
        cache.get(c, DECEMBER, index); // b is the least recently used
        cache.get(a, DECEMBER, index);
        cache.get(b, DECEMBER, index);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(indexed).hasValue(4);
    }

    @Test
    void readsAProfileChangedAfterItsCheckAsItIsNow() {
        ObjectNode profile = (ObjectNode) FactCheckerTest.backendEn();
        String text = "I also worked at Initech on billing.";

        assertThat(checker.check(text, Evidence.of(profile)).unsupported())
                .anySatisfy(c -> assertThat(c.span()).isEqualTo("Initech"));

        ((ArrayNode) profile.get("work")).addObject().put("name", "Initech").put("position", "Software Engineer")
                .put("startDate", "2015-01").put("endDate", "2017-05");

        assertThat(checker.check(text, Evidence.of(profile)).unsupported())
                .noneSatisfy(c -> assertThat(c.span()).isEqualTo("Initech"));
    }
}

package com.qh.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Run only by {@code TestRunEndTest} in a JVM of its own (its name does not end in Test): a service whose last act
 * on closing is a query, as Spring Modulith's event publication registry looks for incomplete publications.
 */
@QhServiceTest
class ClosingSample {

    @Test
    void startsOnTheEmbeddedServers(@org.springframework.beans.factory.annotation.Autowired JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
    }

    @TestConfiguration
    static class QueriesOnClose {

        @Bean
        DisposableBean lastQuery(JdbcTemplate jdbc) {
            return () -> System.out.println("last-query " + jdbc.queryForObject("SELECT 1", Integer.class));
        }
    }
}

package com.qh.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the sample checks of its database and broker whichever servers it runs on, embedded or real: the same checks
 * for both, so the two columns cannot drift apart.
 */
final class Roundtrips {

    private Roundtrips() {
    }

    /** The context's database is one of its own, made for it and still empty. */
    static void assertFreshDatabase(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).startsWith("qh_test_");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", Integer.class))
                .isZero();
    }

    /** A message sent to a new auto-deleted {@code queue} comes back out of it. */
    static void assertRoundTrip(RabbitAdmin admin, RabbitTemplate rabbit, String queue) {
        admin.declareQueue(new Queue(queue, false, false, true));

        rabbit.convertAndSend("", queue, "hello");

        assertThat(rabbit.receiveAndConvert(queue, 5_000)).isEqualTo("hello");
    }
}

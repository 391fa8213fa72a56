package com.qh.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@QhServiceTest
class EmbeddedInfrastructureTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitAdmin admin;

    @LocalServerPort
    int port;

    @Test
    void connectsToFreshDatabaseOfItsOwnOnEmbeddedPostgres17() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).startsWith("qh_test_");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT current_setting('server_version_num')", String.class))
                .startsWith("17");
    }

    @Test
    void sendsAndReceivesThroughEmbeddedBroker() {
        admin.declareQueue(new Queue("sample.greetings", false, false, true));

        rabbit.convertAndSend("", "sample.greetings", "hello");

        assertThat(rabbit.receiveAndConvert("sample.greetings", 5_000)).isEqualTo("hello");
    }

    @Test
    void listensOnRandomPort() {
        assertThat(port).isPositive().isNotEqualTo(8080);
    }
}

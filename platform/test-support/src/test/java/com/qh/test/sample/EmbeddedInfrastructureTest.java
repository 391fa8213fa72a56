package com.qh.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhServiceTest;
import org.junit.jupiter.api.Test;
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
        Roundtrips.assertFreshDatabase(jdbc);
        assertThat(jdbc.queryForObject("SELECT current_setting('server_version_num')", String.class))
                .startsWith("17");
    }

    @Test
    void sendsAndReceivesThroughEmbeddedBroker() {
        Roundtrips.assertRoundTrip(admin, rabbit, "sample.greetings");
    }

    @Test
    void listensOnRandomPort() {
        assertThat(port).isPositive().isNotEqualTo(8080);
    }
}

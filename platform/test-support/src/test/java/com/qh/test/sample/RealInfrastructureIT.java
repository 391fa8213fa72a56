package com.qh.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

@QhServiceIT
class RealInfrastructureIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitAdmin admin;

    @Autowired
    Environment environment;

    @Test
    void connectsToFreshDatabaseOfItsOwnOnRealPostgres() {
        Roundtrips.assertFreshDatabase(jdbc);
        assertThat(environment.getProperty("spring.datasource.url")).contains(":5432/qh_test_");
    }

    @Test
    void sendsAndReceivesThroughRealRabbitMq() {
        Roundtrips.assertRoundTrip(admin, rabbit, "sample.it.greetings");
    }

    @Test
    void switchesRedisOn() {
        assertThat(environment.getProperty("qh.redis.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.data.redis.port")).isEqualTo("6379");
    }
}

package com.qh.platform.messaging;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consuming service of {@link EventsSurviveFaults}, run in a JVM of its own so that the test can kill it the way
 * an operating system does (SIGKILL: no shutdown hook, no graceful stop, messages in flight unacknowledged).
 * Arguments are Spring properties in {@code --name=value} form.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class FaultyConsumer {

    /** Printed once the listeners run; the test waits for it. */
    static final String READY = "QH-CONSUMER-READY";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NoteCreatedHandler noteCreatedHandler(JdbcTemplate jdbc) {
        return new NoteCreatedHandler(jdbc);
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(FaultyConsumer.class).web(WebApplicationType.NONE).run(args);
        System.out.println(READY);
    }
}

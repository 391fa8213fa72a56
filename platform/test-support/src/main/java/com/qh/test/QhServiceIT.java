package com.qh.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * The service under test, whole, on a random port, against the production column of the design: real PostgreSQL,
 * RabbitMQ and Redis. Failsafe runs {@code *IT} classes only in the {@code it} profile and sets
 * {@code QH_IT_INFRA=real} for them; the servers are then expected at
 *
 * <ul>
 * <li>PostgreSQL: {@code QH_IT_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), user
 * {@code QH_IT_POSTGRES_USER} (default {@code postgres}), password {@code QH_IT_POSTGRES_PASSWORD} (default none);
 * each Spring context gets a fresh database, dropped when the context closes;</li>
 * <li>RabbitMQ: {@code QH_IT_RABBITMQ_HOST}:{@code QH_IT_RABBITMQ_PORT} (default {@code 127.0.0.1:5672}),
 * guest/guest;</li>
 * <li>Redis: {@code QH_IT_REDIS_HOST}:{@code QH_IT_REDIS_PORT} (default {@code 127.0.0.1:6379}), with
 * {@code qh.redis.enabled=true}.</li>
 * </ul>
 *
 * Without {@code QH_IT_INFRA=real} (in an IDE, say) it falls back to the embedded servers of {@link QhServiceTest},
 * with Redis left off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface QhServiceIT {

    /** Properties in {@code key=value} form added to the test's environment, as in {@link SpringBootTest}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** The configuration classes to load, when not the service's {@code @SpringBootApplication}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}

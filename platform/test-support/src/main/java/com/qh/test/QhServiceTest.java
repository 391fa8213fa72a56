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
 * The service under test, whole, on a random port, over embedded PostgreSQL and an embedded AMQP broker: nothing
 * to install. The servers start once per test JVM; each Spring context gets a database of its own, so contexts
 * that differ in configuration never see each other's rows. {@code spring.datasource.*} and
 * {@code spring.rabbitmq.*} are set for the test and override the service's own configuration.
 *
 * <p>With {@code QH_IT_INFRA=real} (a system property or environment variable) the same test runs against real
 * servers instead, as {@link QhServiceIT} describes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface QhServiceTest {

    /** Properties in {@code key=value} form added to the test's environment, as in {@link SpringBootTest}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** The configuration classes to load, when not the service's {@code @SpringBootApplication}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}

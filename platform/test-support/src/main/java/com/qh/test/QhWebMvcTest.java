package com.qh.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A slice of a service's web layer, as spring-petclinic tests its controllers: the named controllers with the
 * platform's error handling (RFC 9457 problem documents, field errors) and security (bearer tokens checked against
 * the JWKS that {@link TestUsers} plays, so {@code TestUsers.user(id)} signs in), and no database, broker or
 * feature services. The feature service behind the controller is a {@code @MockitoBean}; that is for slices of the
 * web layer only: everything else runs the real thing ({@link QhServiceTest}).
 *
 * <p>Which auto-configurations come in beside {@link WebMvcTest}'s is listed in
 * {@code META-INF/spring/com.qh.test.QhWebMvcTest.imports}: the platform starter's web and security, and the Spring
 * Security configurations they build on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@ImportAutoConfiguration
public @interface QhWebMvcTest {

    /** The controllers to test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** Properties in {@code key=value} form added to the test's environment. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "properties")
    String[] properties() default {};
}

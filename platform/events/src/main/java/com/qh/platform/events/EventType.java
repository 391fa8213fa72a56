package com.qh.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable, versioned name of an integration event on the wire, for example {@code user.registered.v1}.
 * It is the RabbitMQ routing key and the AMQP {@code type} property; it never changes when the Java class is
 * renamed or moved. A breaking change to the payload gets a new version ({@code .v2}) and a new record.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The event type, lower-case words separated by dots and dashes, ending in a version such as {@code .v1}. */
    String value();
}

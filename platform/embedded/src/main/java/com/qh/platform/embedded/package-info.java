/**
 * PostgreSQL and an AMQP 0-9-1 broker that run without anything installed: {@link
 * com.qh.platform.embedded.EmbeddedPostgres} (a PostgreSQL 17 server unpacked from a Maven artifact, as a child
 * process) and {@link com.qh.platform.embedded.EmbeddedBroker} (Apache Qpid Broker-J in this JVM). Both keep their
 * data in a directory the caller chooses, so the launcher's state survives a restart, while tests pass a
 * temporary one. Clients use them exactly as they use PostgreSQL and RabbitMQ in production.
 */
package com.qh.platform.embedded;

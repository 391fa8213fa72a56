/**
 * Test support every QH service uses: {@link com.qh.test.QhServiceTest} runs the service on a random port over an
 * embedded PostgreSQL and an embedded AMQP broker (started once per test JVM, a fresh database for each Spring
 * context), and {@link com.qh.test.QhServiceIT} runs it against real PostgreSQL, RabbitMQ and Redis in CI.
 */
package com.qh.test;

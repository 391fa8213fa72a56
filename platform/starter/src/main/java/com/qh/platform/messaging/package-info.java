/**
 * Integration events between services: the outbox relay from Spring Modulith's event publication registry to the
 * RabbitMQ topic exchange (publisher confirms, resubmission of anything unconfirmed), and idempotent consumers with
 * retries and dead-letter queues.
 */
package com.qh.platform.messaging;

/**
 * The default run of QH: {@link com.qh.launcher.Launcher} starts an embedded PostgreSQL (a database per service)
 * and an embedded AMQP broker, then every application listed in the service catalog ({@code qh-services.yaml}), each with exactly its own
 * classpath (a class loader per application in this JVM, or a child JVM per application), waits until all are
 * ready and prints where to find them. {@link com.qh.launcher.QhPlatform} does the same for end-to-end tests.
 */
package com.qh.launcher;

/**
 * Where the gateway's actuator endpoints are served: metrics and build info only on a separate management port
 * ({@code management.server.port}, {@code QH_MANAGEMENT_PORT}), never on the port the internet reaches.
 */
package com.qh.gateway.management;

/**
 * The gateway is ready only when every service behind it is: one health contributor, {@code backends}, asks each
 * service's {@code /actuator/health/readiness} with short timeouts. It belongs to the overall health and the
 * readiness group, never to liveness, so a slow service cannot get the gateway restarted.
 */
package com.qh.gateway.health;

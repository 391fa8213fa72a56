package com.qh.platform.grpc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of calls to other services over gRPC. Where a service is reached is read per service:
 * {@code qh.services.<name>.grpc-address} ({@code host:port}), else the host and port of
 * {@code qh.services.<name>.url}, since every service serves gRPC on its HTTP port.
 *
 * @param deadline how long a call may take when its caller set no deadline of its own: a slow service must not
 *        hold the caller's request thread for long
 */
@ConfigurationProperties("qh.grpc")
public record GrpcProperties(@DefaultValue("5s") Duration deadline) {
}

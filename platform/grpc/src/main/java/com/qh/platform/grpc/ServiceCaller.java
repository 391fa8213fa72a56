package com.qh.platform.grpc;

import io.grpc.Context;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The service that made the gRPC call being served, as its verified service token names it ({@code sub}
 * {@code service:<name>}). Handlers read it for logs or finer checks; {@link ServiceTokenAuthentication} has already
 * refused every call without one.
 *
 * @param name the calling service's name ({@code analysis})
 * @param token the verified token
 */
public record ServiceCaller(String name, Jwt token) {

    static final Context.Key<ServiceCaller> KEY = Context.key("qh-service-caller");

    /** The caller of the call this thread serves, if it serves one. */
    public static Optional<ServiceCaller> current() {
        return Optional.ofNullable(KEY.get());
    }
}

package com.qh.platform.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Lets a gRPC call through only with a service token meant for this service: {@code Authorization: Bearer} with a
 * token the service's own {@link JwtDecoder} accepts (signature, issuer, expiry, denylist, and for a service token
 * an {@code aud} naming this service, exactly as for REST), role {@code SERVICE}, and this service among its
 * audiences. A user's token is refused: internal calls act for a service, and a user reaches data through the
 * public REST API, where their own rights are checked.
 *
 * <p>No token or an invalid one is {@code UNAUTHENTICATED}; a valid token of a user, or of a service for another
 * audience, is {@code PERMISSION_DENIED} (the decoder already refuses the latter as invalid, so it is
 * {@code UNAUTHENTICATED} in practice).
 */
public final class ServiceTokenAuthentication implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
            Metadata.ASCII_STRING_MARSHALLER);
    private static final String BEARER = "bearer ";

    private final JwtDecoder decoder;
    private final String serviceName;

    /**
     * @param decoder the decoder REST uses in this service
     * @param serviceName this service's name ({@code spring.application.name}), which a token's {@code aud} must name
     */
    public ServiceTokenAuthentication(JwtDecoder decoder, String serviceName) {
        this.decoder = decoder;
        this.serviceName = serviceName;
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
            ServerCallHandler<Q, A> next) {
        String header = headers.get(AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(call, Status.UNAUTHENTICATED.withDescription(
                    "This needs a service token: send 'authorization: Bearer <token>'"));
        }
        Jwt token;
        try {
            token = decoder.decode(header.substring(BEARER.length()).strip());
        }
        catch (JwtException e) {
            return refuse(call, Status.UNAUTHENTICATED.withDescription(
                    "The token is invalid, expired, revoked or not meant for this service"));
        }
        List<String> roles = token.getClaimAsStringList("roles");
        if (roles == null || !roles.contains("SERVICE")) {
            return refuse(call, Status.PERMISSION_DENIED.withDescription(
                    "Only services call this; a user reaches it through the REST API"));
        }
        if (token.getAudience() == null || !token.getAudience().contains(serviceName)) {
            return refuse(call, Status.PERMISSION_DENIED.withDescription(
                    "The service token is not meant for " + serviceName));
        }
        String subject = token.getSubject();
        String caller = subject != null && subject.startsWith("service:") ? subject.substring(8) : subject;
        Context context = Context.current().withValue(ServiceCaller.KEY, new ServiceCaller(caller, token));
        return Contexts.interceptCall(context, call, headers, next);
    }

    /**
     * Answers {@code status} once the request has arrived: closing a call before reading it makes the servlet
     * transport reset the stream, which the client would see as {@code INTERNAL} rather than the refusal.
     */
    private static <Q, A> ServerCall.Listener<Q> refuse(ServerCall<Q, A> call, Status status) {
        call.request(1);
        return new ServerCall.Listener<>() {
            private boolean closed;

            @Override
            public void onMessage(Q message) {
                close();
            }

            @Override
            public void onHalfClose() {
                close();
            }

            private void close() {
                if (!closed) {
                    closed = true;
                    call.close(status, new Metadata());
                }
            }
        };
    }
}

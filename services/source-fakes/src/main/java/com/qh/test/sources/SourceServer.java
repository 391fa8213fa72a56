package com.qh.test.sources;

import com.nimbusds.jwt.SignedJWT;
import com.qh.test.ServiceTokenIssuer;
import io.grpc.BindableService;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The profile and vacancy services as a caller meets them in production: one real gRPC server in the JVM (Netty on a
 * loopback port) serving profile-api's {@code ProfileSnapshots} and vacancy-api's {@code Vacancies}, and auth's
 * service-token endpoint ({@link ServiceTokenIssuer}). Like the real services, each refuses a call whose service
 * token is not meant for it ({@code UNAUTHENTICATED}), so the caller's own clients, channels, tokens and deadlines
 * are what a test exercises. Start one per test JVM, in a static field of the service's test configuration, and
 * register {@link #addressesFor(String)} as a bean.
 */
public final class SourceServer {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final Server server;
    private final ServiceTokenIssuer auth;

    private SourceServer(Server server, ServiceTokenIssuer auth) {
        this.server = server;
        this.auth = auth;
    }

    /**
     * Starts the server with these two services and a token endpoint that issues tokens to {@code caller} (the
     * service under test, e.g. {@code "analysis"}).
     */
    public static SourceServer start(String caller, FakeProfiles profiles, FakeVacancies vacancies) {
        try {
            Server server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                    .addService(forAudience("profile", profiles))
                    .addService(forAudience("vacancy", vacancies))
                    .build().start();
            return new SourceServer(server, ServiceTokenIssuer.start(caller));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /**
     * Where the service under test finds the profile, vacancy and auth services, and its own client secret
     * ({@code <service>-secret}, as the test profiles of every service set it).
     */
    public DynamicPropertyRegistrar addressesFor(String service) {
        return registry -> {
            registry.add("qh.services.profile.grpc-address", () -> "127.0.0.1:" + port());
            registry.add("qh.services.vacancy.grpc-address", () -> "127.0.0.1:" + port());
            registry.add("qh.services.auth.url", auth::url);
            registry.add("qh.security.service-client.secret", () -> service + "-secret");
        };
    }

    /** The service, answering only calls that carry a service token meant for it, as the real one does. */
    private static ServerServiceDefinition forAudience(String audience, BindableService service) {
        return ServerInterceptors.intercept(service, new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                    ServerCallHandler<Q, A> next) {
                String bearer = headers.get(AUTHORIZATION);
                if (bearer == null || !bearer.startsWith("Bearer ") || !audienceOf(bearer.substring(7))
                        .contains(audience)) {
                    call.close(Status.UNAUTHENTICATED.withDescription("No service token for " + audience),
                            new Metadata());
                    return new ServerCall.Listener<>() {
                    };
                }
                return next.startCall(call, headers);
            }
        });
    }

    private static List<String> audienceOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getAudience();
        }
        catch (ParseException e) {
            return List.of();
        }
    }
}

package com.qh.platform.grpc;

import com.qh.platform.client.ServiceTokens;
import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.grpc.client.ChannelBuilderOptions;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * gRPC channels to other QH services, one per service name, made by Spring gRPC's channel factory. Every call on
 * them carries this service's token for that service ({@link ServiceTokens}, audience = the service called), the
 * correlation id, and a deadline: the caller's own, or {@link GrpcProperties#deadline()}.
 *
 * <p>The address is {@code qh.services.<name>.grpc-address} ({@code host:port}) when set, else the host and port of
 * {@code qh.services.<name>.url}: services serve gRPC on their HTTP port. Connections are plaintext HTTP/2 like the
 * services' internal HTTP; put them behind a mesh or network policy for TLS.
 */
public class ServiceChannels implements DisposableBean {

    private final GrpcChannelFactory factory;
    private final Environment environment;
    private final ServiceTokens tokens;
    private final Duration deadline;
    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    public ServiceChannels(GrpcChannelFactory factory, Environment environment, ServiceTokens tokens,
            GrpcProperties properties) {
        this.factory = factory;
        this.environment = environment;
        this.tokens = tokens;
        this.deadline = properties.deadline();
    }

    /** A channel to the service {@code name} ({@code profile}, {@code vacancy}, ...) for its generated stubs. */
    public Channel forService(String name) {
        ManagedChannel channel = channels.computeIfAbsent(name,
                service -> factory.createChannel(addressOf(service), ChannelBuilderOptions.defaults()));
        return ClientInterceptors.intercept(channel, List.of(CorrelationIds.client(), serviceToken(name),
                defaultDeadline()));
    }

    /** Where the service {@code name} serves gRPC. */
    String addressOf(String name) {
        String address = environment.getProperty("qh.services." + name + ".grpc-address");
        if (address != null && !address.isBlank()) {
            return address.strip();
        }
        String url = environment.getProperty("qh.services." + name + ".url");
        if (url == null) {
            throw new IllegalStateException("No address for service '" + name + "': set qh.services." + name
                    + ".grpc-address or qh.services." + name + ".url");
        }
        URI uri = URI.create(url);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private ClientInterceptor serviceToken(String audience) {
        CallCredentials credentials = new CallCredentials() {
            @Override
            public void applyRequestMetadata(RequestInfo request, Executor executor, MetadataApplier applier) {
                // Fetching or renewing the token may call auth: never on the transport's thread.
                executor.execute(() -> {
                    try {
                        Metadata headers = new Metadata();
                        tokens.current(audience).ifPresent(token -> headers.put(
                                ServiceTokenAuthentication.AUTHORIZATION, "Bearer " + token));
                        applier.apply(headers);
                    }
                    catch (RuntimeException e) {
                        applier.fail(Status.UNAUTHENTICATED.withDescription("No service token for '" + audience
                                + "': " + e.getMessage()).withCause(e));
                    }
                });
            }
        };
        return new ClientInterceptor() {
            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options,
                    Channel next) {
                return next.newCall(method, options.getCredentials() == null ? options.withCallCredentials(
                        credentials) : options);
            }
        };
    }

    private ClientInterceptor defaultDeadline() {
        return new ClientInterceptor() {
            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options,
                    Channel next) {
                return next.newCall(method, options.getDeadline() != null ? options
                        : options.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS));
            }
        };
    }

    @Override
    public void destroy() throws InterruptedException {
        for (ManagedChannel channel : channels.values()) {
            channel.shutdown();
        }
        for (ManagedChannel channel : channels.values()) {
            if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        }
    }
}

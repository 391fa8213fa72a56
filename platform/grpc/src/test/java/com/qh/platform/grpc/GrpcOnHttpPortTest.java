package com.qh.platform.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.test.ServiceTokenIssuer;
import com.qh.test.TestUsers;
import io.grpc.BindableService;
import io.grpc.Channel;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http2.Http2Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service with a gRPC service (the standard health service) on a real port: gRPC answers on the HTTP port
 * beside REST, only for service tokens meant for this service, and {@link ServiceChannels} reaches it with a
 * service token from auth (played by a small HTTP server), the correlation id and a deadline. The running
 * Tomcat's HTTP/2 overhead guard does not count gRPC's small DATA frames and window updates. The default deadline
 * is short enough for the watch to end at it, and long enough for a first call (a token from auth, a new connection)
 * on a busy machine: at 300 ms that first call ran out of time in a parallel build.
 */
@SpringBootTest(classes = GrpcOnHttpPortTest.SampleService.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.application.name=sample", "qh.security.service-client.secret=caller-secret",
                "qh.grpc.deadline=2s",
                "qh.services.sample.url=http://127.0.0.1:${local.server.port}" })
class GrpcOnHttpPortTest {

    private static final ServiceTokenIssuer AUTH = ServiceTokenIssuer.start("analysis");
    private static final AtomicReference<Metadata> LAST_HEADERS = new AtomicReference<>();

    @LocalServerPort
    int port;

    @Autowired
    ServiceChannels channels;

    @Autowired
    ServletWebServerApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("qh.security.jwks-uri", TestUsers::jwksUri);
        registry.add("qh.services.auth.url", () -> AUTH.url().toString());
    }

    @AfterAll
    static void stopAuth() {
        AUTH.close();
    }

    @Test
    void answersServiceTokenMeantForThisService() {
        HealthCheckResponse answer = health(TestUsers.service("analysis", "sample")).check(request());

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    void refusesUserTokenWithPermissionDenied() {
        assertThatThrownBy(() -> health(TestUsers.user(UUID.randomUUID())).check(request()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).as(e.getStatus().toString())
                        .isEqualTo(Status.Code.PERMISSION_DENIED));
    }

    @Test
    void refusesServiceTokenForAnotherService() {
        assertThatThrownBy(() -> health(TestUsers.service("analysis", "profile")).check(request()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).as(e.getStatus().toString())
                        .isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void refusesCallWithoutToken() {
        assertThatThrownBy(() -> health(null).check(request()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode()).as(e.getStatus().toString())
                        .isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void keepsRestClosedWithoutToken() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/anything")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void serviceChannelsSendServiceTokenAndAnswerCorrelationId() {
        Channel channel = ClientInterceptors.intercept(channels.forService("sample"), capturingHeaders());
        org.slf4j.MDC.put("correlationId", "grpc-test-1");
        try {
            HealthCheckResponse answer = HealthGrpc.newBlockingStub(channel).check(request());

            assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
            assertThat(LAST_HEADERS.get().get(CorrelationIds.KEY)).isEqualTo("grpc-test-1");
        }
        finally {
            org.slf4j.MDC.remove("correlationId");
        }
    }

    @Test
    void serviceChannelsEndCallsAtDefaultDeadline() {
        Iterator<HealthCheckResponse> watching = HealthGrpc.newBlockingStub(channels.forService("sample"))
                .watch(request());
        watching.next();

        assertThatThrownBy(watching::next).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
    }

    @Test
    void servesHttp2WithoutCountingSmallFramesAsOverhead() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.findUpgradeProtocols()).singleElement()
                .isInstanceOfSatisfying(Http2Protocol.class, http2 -> {
                    assertThat(http2.getOverheadDataThreshold()).isZero();
                    assertThat(http2.getOverheadWindowUpdateThreshold()).isZero();
                });
    }

    private HealthGrpc.HealthBlockingStub health(String token) {
        ManagedChannel channel = Grpc.newChannelBuilder("127.0.0.1:" + port, InsecureChannelCredentials.create())
                .build();
        CLOSE.add(channel);
        Metadata headers = new Metadata();
        if (token != null) {
            headers.put(ServiceTokenAuthentication.AUTHORIZATION, "Bearer " + token);
        }
        return HealthGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static final java.util.List<ManagedChannel> CLOSE = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterAll
    static void closeChannels() {
        CLOSE.forEach(ManagedChannel::shutdownNow);
    }

    private static HealthCheckRequest request() {
        return HealthCheckRequest.newBuilder().setService("").build();
    }

    private static ClientInterceptor capturingHeaders() {
        return MetadataUtils.newCaptureMetadataInterceptor(LAST_HEADERS, new AtomicReference<>());
    }

    /** A service with one gRPC service and no REST endpoint of its own. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class SampleService {

        @Bean
        BindableService health() {
            return new HealthStatusManager().getHealthService();
        }
    }
}

package com.qh.platform.grpc;

import com.qh.platform.client.ServiceTokens;
import io.grpc.BindableService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.grpc.server.autoconfigure.security.web.servlet.GrpcRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * gRPC for a QH service: served calls are authenticated with service tokens and answer errors as gRPC statuses;
 * {@link ServiceChannels} gives channels to other services. The server side exists only in a service that has
 * gRPC services (beans implementing {@link BindableService}); Spring gRPC serves them on the HTTP port.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration",
        "org.springframework.boot.grpc.client.autoconfigure.CompositeChannelFactoryAutoConfiguration",
        "com.qh.platform.client.ClientAutoConfiguration" })
@EnableConfigurationProperties(GrpcProperties.class)
public class GrpcAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({ GrpcChannelFactory.class, ServiceTokens.class })
    ServiceChannels qhServiceChannels(GrpcChannelFactory factory, Environment environment, ServiceTokens tokens,
            GrpcProperties properties) {
        return new ServiceChannels(factory, environment, tokens, properties);
    }

    /**
     * Tomcat's HTTP/2 guards against clients that send mostly overhead: DATA frames smaller than 1 KiB and small
     * window updates count against the connection, which is closed with ENHANCE_YOUR_CALM once the count runs over.
     * gRPC's unary calls are exactly that (a health check is a few bytes), so a busy channel between two services
     * was cut ("Too much overhead so the connection will be closed"). Those two counts are off; the other guards
     * (settings, pings, resets) stay. The callers are other services holding a service token, never browsers.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.apache.coyote.http2.Http2Protocol")
    static class TomcatHttp2 {

        @Bean
        org.springframework.boot.tomcat.TomcatConnectorCustomizer qhGrpcHttp2Overhead() {
            return connector -> {
                for (org.apache.coyote.UpgradeProtocol protocol : connector.findUpgradeProtocols()) {
                    if (protocol instanceof org.apache.coyote.http2.Http2Protocol http2) {
                        http2.setOverheadDataThreshold(0);
                        http2.setOverheadWindowUpdateThreshold(0);
                    }
                }
            };
        }
    }

    /** Serving: only where there is something to serve, in a servlet application (every QH service). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(BindableService.class)
    @ConditionalOnBean(BindableService.class)
    static class Serving {

        @Bean
        @GlobalServerInterceptor
        @Order(Ordered.HIGHEST_PRECEDENCE)
        io.grpc.ServerInterceptor qhGrpcHeadersBeforeStatus() {
            return new HeadersBeforeStatus();
        }

        /** Before authentication, so that even a refused call is logged under its correlation id. */
        @Bean
        @GlobalServerInterceptor
        @Order(Ordered.HIGHEST_PRECEDENCE + 100)
        io.grpc.ServerInterceptor qhGrpcCorrelationIds() {
            return CorrelationIds.server();
        }

        @Bean
        @GlobalServerInterceptor
        @Order(Ordered.HIGHEST_PRECEDENCE + 200)
        ServiceTokenAuthentication qhGrpcServiceTokenAuthentication(JwtDecoder decoder,
                @Value("${spring.application.name}") String serviceName) {
            return new ServiceTokenAuthentication(decoder, serviceName);
        }

        @Bean
        @ConditionalOnMissingBean
        GrpcStatuses qhGrpcStatuses() {
            return new GrpcStatuses();
        }

        /**
         * The HTTP filter chain steps aside for the gRPC services' own paths ({@code /qh.profile.v1.ProfileSnapshots/*}):
         * {@link ServiceTokenAuthentication} checks every call there with the same decoder and answers in gRPC
         * statuses, which an HTTP 401 problem document is not. Only the registered services' paths match, so no
         * REST path is left open.
         */
        @Bean
        WebSecurityCustomizer qhGrpcPathsAuthenticatedByInterceptor() {
            return web -> web.ignoring().requestMatchers(GrpcRequest.toAnyService());
        }
    }
}

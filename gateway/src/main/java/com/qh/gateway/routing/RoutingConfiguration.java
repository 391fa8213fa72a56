package com.qh.gateway.routing;

import java.net.http.HttpClient;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/** The routes to every configured service. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    Backends serviceBackends(GatewayProperties gateway, ServiceAddresses addresses) {
        return new Backends(gateway, addresses);
    }

    // The clients Boot builds (the API documents' route) are the JDK's, which would otherwise try HTTP/2 upgrades on
    // plain http; a service that answers early (a 409 before reading the body) then resets the stream and the client
    // sees a 503 instead of the service's answer. The routes' own client is ServiceRequestFactory's.
    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11ToServices() {
        return builder -> builder.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }

    /**
     * The client the routes proxy with (Spring Cloud Gateway takes a {@link ClientHttpRequestFactory} bean): the
     * configured connect and read timeouts ({@code spring.http.clients.*}), the read timeout bounding the wait for
     * the answer to start, except that uploads may take {@code qh.gateway.upload-timeout}.
     */
    @Bean
    ClientHttpRequestFactory serviceRequestFactory(HttpClientSettings settings, GatewayProperties gateway) {
        return new ServiceRequestFactory(settings.connectTimeout(), settings.readTimeout(), gateway.uploadTimeout());
    }

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(Backends backends) {
        return orNothing(ServiceRoutes.of(backends));
    }

    /**
     * The web app takes what nothing else does: last among the routes, so that a service's paths always win, and
     * kept off the API, the actuator and the API documents by {@link FallbackPaths}.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    RouterFunction<ServerResponse> fallbackRoute(Backends backends) {
        return orNothing(backends.fallback().map(ServiceRoutes::fallback).orElse(null));
    }

    /**
     * The fallback's paths skip the gateway's security chain altogether: no token check (the web app has its own
     * cookie session and CSRF tokens), and none of the chain's headers or CORS handling on top of the web app's
     * own. {@code permitAll} would still reject a stale {@code Authorization} header and cannot say "everything
     * but the API". The firewall still applies, and the rate limits are a filter outside the chain.
     */
    @Bean
    WebSecurityCustomizer fallbackOutsideTokenCheck(Backends backends) {
        return web -> {
            if (backends.fallback().isPresent()) {
                web.ignoring().requestMatchers(request -> FallbackPaths.covers(
                        request.getRequestURI().substring(request.getContextPath().length())));
            }
        };
    }

    /** Only where the API documents may be public: the default run, or an operator who says so. */
    @Bean
    @ConditionalOnProperty(name = "qh.gateway.api-docs.enabled", havingValue = "true")
    RouterFunction<ServerResponse> apiDocsRoutes(Backends backends) {
        return orNothing(ServiceRoutes.apiDocs(backends));
    }

    // With no service configured the gateway still starts and serves the web UI.
    private static RouterFunction<ServerResponse> orNothing(RouterFunction<ServerResponse> routes) {
        return routes != null ? routes : request -> Optional.empty();
    }
}

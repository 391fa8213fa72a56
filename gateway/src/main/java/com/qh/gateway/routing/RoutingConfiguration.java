package com.qh.gateway.routing;

import java.net.http.HttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import tools.jackson.databind.json.JsonMapper;

/** The proxy to every configured service, and the fallback's paths outside the token check. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    Backends serviceBackends(GatewayProperties gateway, ServiceAddresses addresses) {
        return new Backends(gateway, addresses);
    }

    // The clients Boot builds (readiness checks of the services) are the JDK's, which would otherwise try HTTP/2
    // upgrades on plain http; a service that answers early (a 409 before reading the body) then resets the stream
    // and the client sees a 503 instead of the service's answer. The proxy's own client is ServiceClient.
    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11ToServices() {
        return builder -> builder.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }

    /** The client the proxy calls the services with ({@code spring.http.clients.*} timeouts, uploads longer). */
    @Bean
    ServiceClient serviceClient(HttpClientSettings settings, GatewayProperties gateway) {
        return new ServiceClient(settings.connectTimeout(), settings.readTimeout(), gateway.uploadTimeout());
    }

    /**
     * The proxy, last in the filter chain so that the firewall, the rate limits, the token check and the request
     * log have run; the API documents' routes only where they may be public (the default run, or an operator who
     * says so).
     */
    @Bean
    FilterRegistrationBean<ProxyFilter> proxyFilter(Backends backends, ServiceClient client, JsonMapper json,
            @Value("${qh.gateway.api-docs.enabled:false}") boolean apiDocs) {
        FilterRegistrationBean<ProxyFilter> registration =
                new FilterRegistrationBean<>(new ProxyFilter(Route.of(backends, apiDocs), client, json));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
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
}

package com.qh.platform.security;

import com.qh.platform.web.Problems;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a stateless OAuth2 resource server: it verifies auth's RS256 access tokens itself (issuer,
 * expiry, signature against the JWKS, denylist) and answers 401/403 as problem documents.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration" }, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class SecurityAutoConfiguration {

    static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error");

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain qhSecurityFilterChain(HttpSecurity http, SecurityProperties properties, JsonMapper json)
            throws Exception {
        List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
        open.addAll(properties.publicPaths());
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new JwtRoles());
        AuthenticationEntryPoint unauthorized = (request, response, ex) -> Problems.write(response,
                Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                        request.getHeader("Authorization") == null
                                ? "This needs an access token: send 'Authorization: Bearer <token>'."
                                : "The access token is invalid, expired or revoked. Sign in again.",
                        Problems.instanceOf(request)), json);
        AccessDeniedHandler forbidden = (request, response, ex) -> Problems.write(response,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You are not allowed to do this.",
                        Problems.instanceOf(request)), json);
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(cors -> { })
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(RequestChecks.bearerTokens())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /** Spring Security's strict firewall, its header rule checked without a regular expression. */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall qhHttpFirewall() {
        return RequestChecks.firewall();
    }

    /**
     * No observation (a timer and its context) around every security filter and every authentication: the server's
     * own {@code http.server.requests} observation measures each request already, and these were most of the
     * Micrometer share of the gateway's CPU.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    SecurityObservationSettings qhSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder qhJwtDecoder(SecurityProperties properties, TokenDenylist denylist, Environment environment) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri().toString()).build();
        decoder.setJwtValidator(QhJwtValidators.standard(properties.issuer(),
                environment.getProperty("spring.application.name"), denylist));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock qhClock() {
        return Clock.systemUTC();
    }

    @Bean
    WebMvcConfigurer qhAuthenticatedUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new AuthenticatedUserResolver());
            }
        };
    }

    /** Production: one denylist in Redis shared by every instance of every service. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(StringRedisTemplate.class)
    @ConditionalOnProperty(name = "qh.redis.enabled", havingValue = "true")
    static class RedisDenylistConfiguration {

        @Bean
        @ConditionalOnMissingBean(TokenDenylist.class)
        TokenDenylist qhRedisTokenDenylist(StringRedisTemplate redis, Clock clock) {
            return new RedisTokenDenylist(redis, clock);
        }
    }

    /** Default run with a broker: in-memory denylists kept in step through a fanout exchange. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RabbitTemplate.class)
    @ConditionalOnBean(ConnectionFactory.class)
    @ConditionalOnProperty(name = "qh.redis.enabled", havingValue = "false", matchIfMissing = true)
    static class BroadcastDenylistConfiguration {

        @Bean
        Queue qhTokenRevocationQueue() {
            return TokenRevocationBroadcast.instanceQueue();
        }

        @Bean
        Declarables qhTokenRevocationDeclarables(Queue qhTokenRevocationQueue) {
            return TokenRevocationBroadcast.declarables(qhTokenRevocationQueue);
        }

        /*
         * The in-memory list lives inside the broadcast rather than as a bean of its own: as a second
         * TokenDenylist bean it used to win the @ConditionalOnMissingBean below, so revocations stayed in the
         * revoking service and every other service kept accepting a signed-out user's token.
         */
        @Bean
        @ConditionalOnMissingBean(TokenDenylist.class)
        TokenRevocationBroadcast qhBroadcastTokenDenylist(RabbitTemplate rabbit, Clock clock) {
            return new TokenRevocationBroadcast(new InMemoryTokenDenylist(clock), rabbit);
        }

        @Bean
        @ConditionalOnBean(TokenRevocationBroadcast.class)
        SimpleMessageListenerContainer qhTokenRevocationListener(ConnectionFactory connectionFactory,
                Queue qhTokenRevocationQueue, TokenRevocationBroadcast broadcast) {
            return TokenRevocationBroadcast.listener(connectionFactory, qhTokenRevocationQueue, broadcast);
        }
    }

    /** Neither Redis nor a broker (the gateway in the default run): this instance's own memory. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "qh.redis.enabled", havingValue = "false", matchIfMissing = true)
    @ConditionalOnMissingBean(type = "org.springframework.amqp.rabbit.connection.ConnectionFactory")
    static class LocalDenylistConfiguration {

        @Bean
        @ConditionalOnMissingBean(TokenDenylist.class)
        TokenDenylist qhInMemoryTokenDenylist(Clock clock) {
            return new InMemoryTokenDenylist(clock);
        }
    }
}

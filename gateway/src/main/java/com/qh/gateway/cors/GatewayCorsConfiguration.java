package com.qh.gateway.cors;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands the CORS settings to Spring Security's CORS filter (the platform starter enables it), which answers
 * preflights before any token is asked for and refuses origins that are not listed, with a problem document
 * ({@link ProblemCorsProcessor}).
 */
@Configuration(proxyBeanMethods = false)
class GatewayCorsConfiguration {

    // Spring Security looks this bean up by name.
    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedOriginPatterns(properties.allowedOriginPatterns());
        cors.setAllowedMethods(properties.allowedMethods());
        cors.setAllowedHeaders(properties.allowedHeaders());
        cors.setExposedHeaders(properties.exposedHeaders());
        cors.setAllowCredentials(properties.allowCredentials());
        cors.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /*
     * Spring Security uses a bean by this name, when there is one, as its CORS filter instead of building its own
     * from corsConfigurationSource: the only way to give it a CorsProcessor.
     */
    @Bean
    CorsFilter corsFilter(CorsConfigurationSource corsConfigurationSource, JsonMapper json) {
        CorsFilter filter = new CorsFilter(corsConfigurationSource);
        filter.setCorsProcessor(new ProblemCorsProcessor(json));
        return filter;
    }

    // Only inside the security chain: Boot would otherwise also put the filter bean in front of every request.
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilterOutsideSecurity(CorsFilter corsFilter) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
        registration.setEnabled(false);
        return registration;
    }
}

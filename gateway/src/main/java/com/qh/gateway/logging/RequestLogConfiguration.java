package com.qh.gateway.logging;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the request log around everything but the correlation id, and the user capture after verification. */
@Configuration(proxyBeanMethods = false)
class RequestLogConfiguration {

    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
        // The starter's correlation-id filter is HIGHEST_PRECEDENCE; this must run inside it to log the id.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLogFilter.UserCapture> requestLogUserCapture() {
        FilterRegistrationBean<RequestLogFilter.UserCapture> registration =
                new FilterRegistrationBean<>(new RequestLogFilter.UserCapture());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}

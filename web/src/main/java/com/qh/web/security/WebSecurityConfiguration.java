package com.qh.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security here guards the browser, not the pages: who may see a page is the API's decision, made with the
 * token the session holds (see {@code com.qh.web.session}). What it adds is a CSRF token on every form (a POST
 * without it is a 403), and the headers: a Content-Security-Policy that allows no inline script or style and
 * nothing from elsewhere, no framing, no referrer to other sites.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    /** Everything from this origin only; htmx is configured by a meta tag, so no inline script is needed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> { })
                .exceptionHandling(denied -> denied.accessDeniedHandler(WebSecurityConfiguration::refused))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> { })
                .build();
    }

    /** Set on a request refused for its CSRF token, so the error page can say what most likely happened. */
    static final String FORM_EXPIRED = "qh.form-expired";

    /**
     * A form whose token does not match is mostly an old tab after the session ended (sign-out, idle timeout), not an
     * attack; the 403 page says so and offers to go back, instead of a bare "forbidden".
     */
    private static void refused(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException {
        if (denied instanceof CsrfException) {
            request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** The error page's model, plus whether the request was refused for its CSRF token. */
    @Bean
    ErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                attributes.put("formExpired", request.getAttribute(FORM_EXPIRED, RequestAttributes.SCOPE_REQUEST) != null);
                return attributes;
            }
        };
    }

    /**
     * No one signs in to this app itself (auth does that); declaring this keeps Boot from making a user with a
     * generated password.
     */
    @Bean
    UserDetailsService noLocalUsers() {
        return username -> {
            throw new UsernameNotFoundException(username);
        };
    }
}

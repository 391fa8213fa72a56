package com.qh.web.admin;

import com.qh.web.session.UserSession;
import com.qh.web.view.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code /admin/**} page is for admins: someone signed out goes to sign in, someone else gets the 403 page.
 * The session's roles only decide whether to show a page; each action is the admin API's, which checks the token
 * itself (a demoted admin's old session is refused there).
 */
@Configuration(proxyBeanMethods = false)
class AdminOnly implements WebMvcConfigurer, HandlerInterceptor {

    private final UserSession session;

    AdminOnly(UserSession session) {
        this.session = session;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin", "/admin/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!session.require(request).admin()) {
            throw new ForbiddenException();
        }
        return true;
    }
}

package com.qh.web.view;

import com.qh.web.api.ApiProblemException;
import com.qh.web.session.SignInRequiredException;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page its {@link Page}, and turns what a controller did not handle into a page: no session → sign-in
 * (and back here afterwards); an API problem nobody handled → the error page with its message; an address part or
 * query value of the wrong form → 404 or 400. Everything else
 * reaches Boot's error page, rendered by the same {@code error} template, without internals.
 */
@ControllerAdvice
class PageAdvice {

    private final MessageSource messages;
    private final UserSession session;

    PageAdvice(MessageSource messages, UserSession session) {
        this.messages = messages;
        this.session = session;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return pageOf(request);
    }

    Page pageOf(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        var flash = RequestContextUtils.getInputFlashMap(request);
        String notice = flash == null ? null : (String) flash.get("notice");
        return new Page(messages, locale, csrf, session.current(request).orElse(null), path, notice);
    }

    @ExceptionHandler(SignInRequiredException.class)
    String signIn(HttpServletRequest request, HttpServletResponse response) {
        String back = "GET".equals(request.getMethod()) ? pageOf(request).path() : "/";
        String target = UriComponentsBuilder.fromPath("/sign-in").queryParam("next", back).encode().build()
                .toUriString();
        if (Htmx.asked(request)) {
            Htmx.redirect(request, response, target, null);
            return null;
        }
        return "redirect:" + target;
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("page", pageOf(request));
        model.addAttribute("status", 403);
        return "error";
    }

    /**
     * A part of the address or a query value of the wrong form. An address whose id was cut short (a link broken in
     * a mail client) names a page that does not exist: 404, as the API would say of it; a query value is the
     * caller's mistake: 400. Never Boot's bare 400 for a path, and never a 500.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String wrongForm(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
        response.setStatus(inPath ? 404 : 400);
        model.addAttribute("page", pageOf(request));
        model.addAttribute("status", response.getStatus());
        return "error";
    }

    @ExceptionHandler(ApiProblemException.class)
    String apiProblem(ApiProblemException problem, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        int status = problem.problem().status();
        // The API's 404 is this page's 404; a refusal of ours by the API is the API's business, shown as it is.
        response.setStatus(status >= 500 ? 502 : status);
        Page page = pageOf(request);
        model.addAttribute("page", page);
        model.addAttribute("status", response.getStatus());
        model.addAttribute("problemMessage", FormErrors.of(problem.problem(), page).message());
        return "error";
    }
}

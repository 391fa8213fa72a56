package com.qh.web.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers to htmx requests. A redirect is not followed by the browser when htmx sent the request (XMLHttpRequest
 * follows it silently and the address bar would not change), so htmx is told with {@code HX-Redirect} to load the
 * page itself; a one-time notice is saved for that next request as a normal redirect would.
 */
public final class Htmx {

    private Htmx() {
    }

    /** Whether htmx sent this request. */
    public static boolean asked(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }

    /** Sends htmx to {@code location} with an optional notice key; the handler then writes nothing else. */
    public static void redirect(HttpServletRequest request, HttpServletResponse response, String location,
            String notice) {
        if (notice != null) {
            RequestContextUtils.getOutputFlashMap(request).put("notice", notice);
            String path = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
            RequestContextUtils.saveOutputFlashMap(path, request, response);
        }
        response.setHeader("HX-Redirect", location);
    }
}

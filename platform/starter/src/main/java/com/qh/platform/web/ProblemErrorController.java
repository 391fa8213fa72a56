package com.qh.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error dispatch answers: requests refused before any controller saw them (Spring
 * Security's firewall on {@code ..;/} or an encoded slash, a method no endpoint has such as TRACE, an error sent
 * with {@code sendError}). Boot's default answers those with its own JSON shape; every QH answer is a problem
 * document instead, with the same type scheme and no internals.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // Asked for by name rather than reached by an error dispatch: there is nothing here for a client.
        HttpStatus status = request.getDispatcherType() == DispatcherType.ERROR
                ? statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)) : HttpStatus.NOT_FOUND;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = path instanceof String uri ? uri : Problems.instanceOf(request);
        if (status.is5xxServerError()) {
            log.error("Error dispatch for {} with status {}", instance, status.value(),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        ProblemDetail problem = Problems.of(status, slugOf(status), status.getReasonPhrase(), detailOf(status),
                instance);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static HttpStatus statusOf(Object code) {
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String slugOf(HttpStatus status) {
        return status.is5xxServerError() ? "internal" : status.name().toLowerCase().replace('_', '-');
    }

    static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request was refused before it reached the service: its path, method or headers "
                    + "are malformed or not allowed (encoded slashes, '..' segments, control characters).";
            case UNAUTHORIZED -> "This needs an access token: send 'Authorization: Bearer <token>'.";
            case FORBIDDEN -> "You are not allowed to do this.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This method is not supported here.";
            case CONTENT_TOO_LARGE -> "The request body is too large.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request's headers are too large.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. It has been logged; quote the correlation id if you report it."
                    : status.getReasonPhrase() + ".";
        };
    }
}

package com.qh.document.library;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A client that closes the connection in the middle of an upload is no fault of the service, yet the platform's
 * catch-all would log an error and answer 500. Tomcat reports it as a {@link ClientAbortException}, as the cause
 * of the multipart parse failure (or directly, when a response cannot be written); it is matched anywhere in the
 * cause chain, ahead of the platform's handler. Nobody is left to read an answer: the 400 is for the access log
 * and the metrics. Nothing was stored: the parts Tomcat spooled are removed with the request, and the controller
 * never ran. Downloads end their copy themselves ({@link Downloads}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientAbortHandler {

    private static final Logger log = LoggerFactory.getLogger(ClientAbortHandler.class);

    @ExceptionHandler(ClientAbortException.class)
    void clientWentAway(Exception ex, HttpServletRequest request, HttpServletResponse response) {
        log.debug("The client went away during {} {}: {}", request.getMethod(), request.getRequestURI(),
                ex.getMessage());
        if (!response.isCommitted()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}

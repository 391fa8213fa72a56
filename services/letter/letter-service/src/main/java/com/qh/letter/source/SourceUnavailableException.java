package com.qh.letter.source;

import com.qh.platform.web.QhException;
import io.grpc.StatusRuntimeException;
import org.springframework.http.HttpStatus;

/**
 * The profile or vacancy service did not answer in time or at all: the letter cannot be written now, which the user
 * learns as a 503 problem document (a retry may succeed), never as a 500.
 */
public class SourceUnavailableException extends QhException {

    private final StatusRuntimeException failure;

    SourceUnavailableException(String service, StatusRuntimeException failure) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "source-unavailable", "Service unavailable",
                "The " + service + " service did not answer (" + failure.getStatus().getCode()
                        + "); try again in a moment.");
        this.failure = failure;
    }

    /** The failed call, for the log ({@code QhException} takes no cause of its own). */
    @Override
    public synchronized Throwable getCause() {
        return failure;
    }
}

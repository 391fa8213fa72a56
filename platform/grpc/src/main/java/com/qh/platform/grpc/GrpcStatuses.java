package com.qh.platform.grpc;

import com.qh.platform.web.QhException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * What a gRPC handler's exception becomes on the wire, as the REST side turns the same exceptions into problem
 * documents: the starter's {@link QhException} family by its HTTP status ({@code NotFoundException} is
 * {@code NOT_FOUND}, 400 and 422 are {@code INVALID_ARGUMENT}, 401 {@code UNAUTHENTICATED}, 403
 * {@code PERMISSION_DENIED}, 409 {@code FAILED_PRECONDITION}, 429 {@code RESOURCE_EXHAUSTED}), an
 * {@link IllegalArgumentException} (bad input a handler refused) {@code INVALID_ARGUMENT} with its message, and
 * anything else {@code INTERNAL} without its message, which is logged instead since it may say too much.
 */
public final class GrpcStatuses implements GrpcExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GrpcStatuses.class);

    @Override
    public StatusException handleException(Throwable exception) {
        return statusOf(exception).asException();
    }

    /** The status {@code exception} answers. */
    public static Status statusOf(Throwable exception) {
        if (exception instanceof StatusRuntimeException e) {
            return e.getStatus();
        }
        if (exception instanceof StatusException e) {
            return e.getStatus();
        }
        if (exception instanceof QhException e) {
            Status status = switch (e.status().value()) {
                case 400, 413, 422 -> Status.INVALID_ARGUMENT;
                case 401 -> Status.UNAUTHENTICATED;
                case 403 -> Status.PERMISSION_DENIED;
                case 404 -> Status.NOT_FOUND;
                case 409, 412, 428 -> Status.FAILED_PRECONDITION;
                case 429 -> Status.RESOURCE_EXHAUSTED;
                default -> Status.INTERNAL;
            };
            return status.withDescription(e.detail());
        }
        if (exception instanceof IllegalArgumentException) {
            return Status.INVALID_ARGUMENT.withDescription(exception.getMessage());
        }
        log.error("A gRPC call failed", exception);
        return Status.INTERNAL.withDescription("The service failed to answer; its log says why");
    }
}

package com.qh.platform.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.platform.web.ConflictException;
import com.qh.platform.web.ForbiddenException;
import com.qh.platform.web.NotFoundException;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

class GrpcStatusesTest {

    private final GrpcStatuses statuses = new GrpcStatuses();

    @Test
    void answersNotFoundExceptionAsNotFoundWithItsDetail() {
        Status status = statuses.handleException(new NotFoundException("There is no vacancy 42 among yours."))
                .getStatus();

        assertThat(status.getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(status.getDescription()).isEqualTo("There is no vacancy 42 among yours.");
    }

    @Test
    void answersBadInputAsInvalidArgument() {
        assertThat(statuses.handleException(new IllegalArgumentException("user_id must be a UUID")).getStatus()
                .getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void answersForbiddenAndConflictByTheirHttpMeaning() {
        assertThat(statuses.handleException(new ForbiddenException("Not yours")).getStatus().getCode())
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(statuses.handleException(new ConflictException("changed", "Changed meanwhile")).getStatus()
                .getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    }

    @Test
    void hidesTheMessageOfAnUnexpectedFailure() {
        Status status = statuses.handleException(new IllegalStateException("password=hunter2")).getStatus();

        assertThat(status.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(status.getDescription()).doesNotContain("hunter2");
    }
}

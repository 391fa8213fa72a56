package com.qh.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every exception that reaches Spring MVC into an RFC 9457 problem document. A caller's mistake is always a
 * 4xx with a detail that says what to fix; only an unexpected fault is a 500, logged here with its stack trace and
 * answered without internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** What a caller is told to wait when the database cannot be reached: about one failed connection attempt. */
    static final long DATABASE_RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler(QhException.class)
    ResponseEntity<Object> handleQh(QhException ex, HttpServletRequest request) {
        return ResponseEntity.status(ex.status()).headers(ex.getHeaders()).body(Problems.of(ex, request));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
        List<FieldViolation> violations = ex.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validationProblem(violations, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.getName(), expectation(ex.getRequiredType()))),
                request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleStaleWrite(OptimisticLockingFailureException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Conflict",
                "Someone changed this resource since you read it. Reload it and apply your change again.",
                Problems.instanceOf(request));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            // Nobody signed in on a path open to anonymous callers: the answer is "sign in", not "you may not".
            return handleAuthentication(null, request);
        }
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "You are not allowed to do this.", Problems.instanceOf(request));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                "Sign in to do this.", Problems.instanceOf(request));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
        PayloadTooLargeException tooLarge = causeOf(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handleQh(tooLarge, request);
        }
        if (clientWentAway(ex)) {
            // Nobody is left to read an answer: the 400 is for the access log and the metrics, not an error of ours.
            log.debug("The client went away during {} {}: {}", request.getMethod(), request.getRequestURI(),
                    ex.getMessage());
            return ResponseEntity.badRequest().build();
        }
        if (databaseUnavailable(ex)) {
            // No connection to be had (the database is down or restarting): the caller did nothing wrong and can
            // try again shortly; readiness reports the same to the orchestrator meanwhile.
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    ex.getMessage());
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "Service unavailable", "The service cannot reach its database just now. Try again in a few "
                            + "seconds.", Problems.instanceOf(request));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DATABASE_RETRY_AFTER_SECONDS)).body(problem);
        }
        ProblemDetail unstorable = unstorableValue(ex, request);
        if (unstorable != null) {
            log.info("Refused a value the database cannot store on {} {}: {}", request.getMethod(),
                    request.getRequestURI(), ex.getMessage());
            return ResponseEntity.badRequest().body(unstorable);
        }
        if (ex instanceof MultipartException multipart) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-multipart", "Malformed upload",
                    "The multipart/form-data body could not be read (" + multipart.getMostSpecificCause().getMessage()
                            + "). Send each part with its headers, and end the body with the closing boundary.",
                    Problems.instanceOf(request));
            return ResponseEntity.badRequest().body(problem);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side. It has been logged; quote the correlation id if you report it.",
                Problems.instanceOf(request));
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(violationsOf(ex.getBindingResult()), servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> violations.add(new FieldViolation(
                    name == null ? "parameter" : name, error.getDefaultMessage())));
        });
        return validationProblem(violations, servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handleQh(tooLarge, servletRequest(request));
        }
        JacksonException json = causeOf(ex, JacksonException.class);
        String field = json == null ? "" : json.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String detail;
        if (json == null || json.getLocation() == null && field.isEmpty()) {
            detail = "The request needs a JSON body.";
        }
        else if (!field.isEmpty()) {
            detail = "Field '" + field + "' has a value of the wrong type or format.";
        }
        else {
            detail = "The request body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ").";
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                detail, Problems.instanceOf(servletRequest(request)));
        if (!field.isEmpty()) {
            Class<?> target = json instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                    ? mismatch.getTargetType() : null;
            Problems.withViolations(problem, List.of(new FieldViolation(field, expectation(target))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported = ex.getSupportedMediaTypes().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        return simple(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "Content type '" + ex.getContentType() + "' is not accepted here; send " + supported + ".", request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                "This endpoint cannot answer in the media type you asked for.", request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                "Method " + ex.getMethod() + " is not supported here.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.getParameterName(), "is required")),
                servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is nothing at this address.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Upload too large",
                "The upload is larger than this endpoint accepts.", request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Whatever Spring MVC answers by itself still gets our type, title and correlation id.
        HttpServletRequest servletRequest = servletRequest(request);
        if (body == null && ex instanceof ErrorResponse response) {
            // Spring fills the body only after this method (a missing request part, say); fill it here to dress it.
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                HttpStatus status = HttpStatus.resolve(statusCode.value());
                String slug = status == null ? "error" : status.name().toLowerCase().replace('_', '-');
                problem.setType(java.net.URI.create(QhException.TYPE_BASE + slug));
            }
            if (problem.getInstance() == null && servletRequest != null) {
                problem.setInstance(java.net.URI.create(Problems.instanceOf(servletRequest)));
            }
            CorrelationId.current().ifPresent(id -> problem.setProperty("correlationId", id));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ResponseEntity<Object> simple(HttpStatus status, String slug, String title, String detail,
            WebRequest request) {
        return ResponseEntity.status(status)
                .body(Problems.of(status, slug, title, detail, Problems.instanceOf(servletRequest(request))));
    }

    private ResponseEntity<Object> validationProblem(List<FieldViolation> violations, HttpServletRequest request) {
        String fields = violations.stream().map(FieldViolation::field).distinct().collect(Collectors.joining(", "));
        String detail = violations.size() == 1
                ? "Field '" + violations.get(0).field() + "' " + violations.get(0).message() + "."
                : violations.size() + " fields are invalid: " + fields + ".";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail,
                request == null ? null : Problems.instanceOf(request));
        Problems.withViolations(problem, violations);
        return ResponseEntity.badRequest().body(problem);
    }

    private static List<FieldViolation> violationsOf(BindingResult result) {
        List<FieldViolation> violations = new ArrayList<>();
        result.getFieldErrors().forEach(error -> violations.add(new FieldViolation(error.getField(),
                error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> violations.add(new FieldViolation(error.getObjectName(),
                error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        return violations;
    }

    static String fieldOf(String path) {
        // "register.request.email" or "find.id": the method and the parameter holding a body are ours, not the
        // client's; what the client sent is named after them.
        String[] nodes = path.split("\\.");
        if (nodes.length >= 3) {
            return String.join(".", Arrays.copyOfRange(nodes, 2, nodes.length));
        }
        return nodes[nodes.length - 1];
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
    }

    /**
     * Whether the failure is the client closing the connection mid-request: Tomcat's {@code ClientAbortException}
     * (an upload cut off, a response that can no longer be written) or Spring's notice that the response is gone.
     */
    private static boolean clientWentAway(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AsyncRequestNotUsableException
                    || t.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value the client sent that passed validation but that PostgreSQL cannot store: a NUL character in a text
     * (SQLSTATE 22021, 22P05), a number too large for its column (22003) or a date or time outside its range (22008,
     * such as the year 1000000). These come from what the client sent, whichever field it was, so they are the
     * client's 400, not our 500; services still validate what they can name a field for.
     */
    private static ProblemDetail unstorableValue(Throwable ex, HttpServletRequest request) {
        java.sql.SQLException sql = causeOf(ex, java.sql.SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        if ("22021".equals(state) || "22P05".equals(state)) {
            return Problems.of(HttpStatus.BAD_REQUEST, "unstorable-text", "Text that cannot be stored",
                    "A text you sent contains a character that cannot be stored, such as the NUL character (U+0000). "
                            + "Remove it and send again.", Problems.instanceOf(request));
        }
        if ("22003".equals(state)) {
            return Problems.of(HttpStatus.BAD_REQUEST, "number-out-of-range", "Number out of range",
                    "A number you sent, or one worked out from it (a monthly figure from an hourly one, say), is too "
                            + "large to be stored.", Problems.instanceOf(request));
        }
        if ("22008".equals(state)) {
            return Problems.of(HttpStatus.BAD_REQUEST, "date-out-of-range", "Date out of range",
                    "A date or time you sent is outside the range that can be stored (years 4713 BC to 294276 AD).",
                    Problems.instanceOf(request));
        }
        return null;
    }

    /**
     * What a value of {@code type} must look like, in the client's terms: the allowed values of an enum, "a number",
     * "a date"; never a Java type name, which tells a client nothing.
     */
    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type.isEnum()) {
            return "must be one of: " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == java.util.UUID.class) {
            return "must be a UUID";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == java.math.BigInteger.class) {
            return "must be a whole number";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == java.time.YearMonth.class) {
            return "must be a month (YYYY-MM)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time (ISO 8601, e.g. 2026-01-31T09:00:00Z)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be a text";
        }
        return "has the wrong type or format";
    }

    private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Whether the failure is the database being out of reach rather than a fault of ours: no connection could be
     * had (Spring's {@link DataAccessResourceFailureException}, a transaction that could not begin for want of one,
     * or the driver's connection failure underneath, SQL state class 08).
     */
    static boolean databaseUnavailable(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}

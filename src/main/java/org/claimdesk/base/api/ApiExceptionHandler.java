package org.claimdesk.base.api;

import org.claimdesk.base.ConflictException;
import org.claimdesk.base.DatabaseUnavailable;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error is an RFC 7807 problem detail with a reason a person can act on. Spring MVC's own
 * errors (malformed JSON, wrong types, missing parameters) come from the base class; ours are below.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return refusal(HttpStatus.BAD_REQUEST, "Invalid input", e);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return refusal(HttpStatus.NOT_FOUND, "Not found", e);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return refusal(HttpStatus.CONFLICT, "Conflict", e);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Changed meanwhile",
                "Someone else changed this record meanwhile. Reload it and apply your change again.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
    }

    /**
     * A multipart body the server cannot parse (a NUL byte in a filename, a broken boundary) is the client's
     * error. Too large an upload (MaxUploadSizeExceededException) stays 413: the base class handles that closer match.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable upload",
                "The multipart upload could not be read (a malformed part, or a control character such as NUL in"
                        + " a file name). Nothing was stored."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                            "The database cannot be reached right now; nothing was changed. Try again shortly."));
        }
        log.error("Unexpected error in a REST call", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error", "Something went wrong on our side; nothing was changed. The error is logged."));
    }

    /**
     * One of our refusals: {@code detail} is its English text (what API clients have always read, whatever their
     * Accept-Language), and the extension member {@code code} its text key, stable when the wording changes, for a
     * client that wants to say it in its own words or language.
     */
    private static ProblemDetail refusal(HttpStatus status, String title, Refusal refusal) {
        ProblemDetail problem = problem(status, title, refusal.getMessage());
        problem.setProperty("code", refusal.key());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}

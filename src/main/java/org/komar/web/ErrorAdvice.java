package org.komar.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns every failure into a response: problem details ({@code application/problem+json}) under {@code /api}, a
 * localised error page elsewhere. Exception messages never reach the client; unexpected failures are logged with a
 * reference the person can quote, and nothing else.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final Problems problems;

    ErrorAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(KomarException.class)
    Object komar(KomarException error, HttpServletRequest request, HttpServletResponse response) {
        return respond(error, request, response);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request, HttpServletResponse response) {
        return respond(KomarException.invalid("MALFORMED_JSON"), request, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class, BindException.class})
    Object badParameter(Exception error, HttpServletRequest request, HttpServletResponse response) {
        return respond(KomarException.invalid("MALFORMED_PARAMETER"), request, response);
    }

    /**
     * The firewall refused something read lazily from the request (a parameter name it does not allow), or Tomcat
     * could not decode a form body's parameters (bytes that are not the declared encoding).
     */
    @ExceptionHandler({RequestRejectedException.class, org.apache.tomcat.util.http.InvalidParameterException.class})
    Object rejected(HttpServletRequest request, HttpServletResponse response) {
        return respond(KomarException.invalid("MALFORMED_REQUEST"), request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request, HttpServletResponse response) {
        return respond(new KomarException(405, "METHOD_NOT_ALLOWED"), request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpServletRequest request, HttpServletResponse response) {
        return respond(new KomarException(415, "UNSUPPORTED_MEDIA_TYPE"), request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return respond(new KomarException(413, "PAYLOAD_TOO_LARGE"), request, response);
    }

    /** A body sent as multipart that is not multipart (a larger upload is {@link #tooLarge}, which wins). */
    @ExceptionHandler(MultipartException.class)
    Object malformedMultipart(HttpServletRequest request, HttpServletResponse response) {
        return respond(KomarException.invalid("MALFORMED_REQUEST"), request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(HttpServletRequest request, HttpServletResponse response) {
        return respond(KomarException.notFound("NOT_FOUND"), request, response);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object denied(HttpServletRequest request, HttpServletResponse response) {
        return respond(KomarException.forbidden("FORBIDDEN"), request, response);
    }

    @ExceptionHandler({DataIntegrityViolationException.class, PessimisticLockingFailureException.class})
    Object integrity(Exception error, HttpServletRequest request, HttpServletResponse response) {
        // A constraint caught what validation missed, or two writers collided: a conflict, never a 500.
        log.warn("Write refused by the database: {}", error.getClass().getSimpleName());
        return respond(KomarException.conflict("CONFLICT"), request, response);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception error, HttpServletRequest request, HttpServletResponse response) {
        String reference = Long.toHexString(System.nanoTime());
        log.error("Unexpected failure, reference {}", reference, error);
        return respond(new KomarException(500, "INTERNAL_ERROR", reference), request, response);
    }

    private Object respond(KomarException error, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        ProblemDetail problem = problems.of(error, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(error.status());
        boolean fragment = "true".equals(request.getHeader("HX-Request"));
        ModelAndView page = new ModelAndView(fragment ? "error :: message" : "error");
        page.setStatus(HttpStatus.valueOf(error.status()));
        page.addObject("problem", problem);
        return page;
    }
}

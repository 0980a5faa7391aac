package org.komar.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Failures that happen outside a controller (the servlet container's own 404s, 403s from the filters). */
@Controller
class ErrorPageController implements ErrorController {

    private final Problems problems;

    ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        String errorCode = switch (code) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            default -> code >= 500 ? "INTERNAL_ERROR" : "MALFORMED_REQUEST";
        };
        ProblemDetail problem = problems.of(new KomarException(code, errorCode, ""),
                RequestContextUtils.getLocale(request));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            try {
                problem.setInstance(java.net.URI.create(path));
            } catch (IllegalArgumentException unusable) {
                // Left as the error page's own path.
            }
            return ResponseEntity.status(code).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(code);
        ModelAndView page = new ModelAndView("error");
        page.addObject("problem", problem);
        return page;
    }
}

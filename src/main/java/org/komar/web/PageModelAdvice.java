package org.komar.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes every page needs. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModelAdvice {

    /** The path of the page, so that the language switch can bring the person back to it. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

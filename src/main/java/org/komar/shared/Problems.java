package org.komar.shared;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details from a {@link KomarException}: a stable {@code code}, a localised {@code title}
 * and {@code detail}, and one entry per wrong field. The only place where an error becomes text.
 */
@Component
public class Problems {

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(KomarException error, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:komar:problem:" + error.code()));
        problem.setTitle(text("error.title." + error.status(), new Object[0], locale,
                HttpStatus.valueOf(error.status()).getReasonPhrase()));
        problem.setDetail(message(error.code(), error.args(), locale));
        problem.setProperty("code", error.code());
        if (!error.fieldProblems().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (FieldProblem field : error.fieldProblems()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("field", field.field());
                entry.put("code", field.code());
                entry.put("detail", message(field.code(), field.args(), locale));
                errors.add(entry);
            }
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** The localised text of an error code: {@code error.<code>} in the errors bundle. */
    public String message(String code, Object[] args, Locale locale) {
        return text("error." + code, args, locale, code);
    }

    private String text(String key, Object[] args, Locale locale, String fallback) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException missing) {
            // A missing key is a defect that the bundle test catches; the caller still gets the stable code.
            return fallback;
        }
    }
}

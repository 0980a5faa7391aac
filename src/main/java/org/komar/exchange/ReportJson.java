package org.komar.exchange;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.komar.shared.Problems;
import org.springframework.http.ProblemDetail;

/**
 * The report of one line as JSON, in the reader's language: the API's answer, the command's report file. A refused
 * line carries its problem as the API would answer it alone (RFC 9457: status, stable code, localised detail, one
 * entry per wrong field, whose path starts with {@code child.}, {@code case.} or {@code events[i].}).
 */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> line(LineResult result, Problems problems, Locale locale) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("line", result.line());
        line.put("status", result.status().json());
        if (result.childId() != null) {
            line.put("childId", result.childId());
            line.put("newChild", result.newChild());
        }
        if (result.caseId() != null) {
            line.put("caseId", result.caseId());
        }
        if (result.caseNumber() != null) {
            line.put("caseNumber", result.caseNumber());
        }
        if (result.status() == LineResult.Status.IMPORTED || result.status() == LineResult.Status.VALID) {
            line.put("events", result.events());
        }
        if (!result.eventIds().isEmpty()) {
            line.put("eventIds", result.eventIds());
        }
        if (result.problem() != null) {
            if (result.status() == LineResult.Status.SKIPPED) {
                line.put("code", result.problem().code());
                line.put("detail", problems.message(result.problem().code(), result.problem().args(), locale));
            } else {
                line.put("problem", problem(problems.of(result.problem(), locale)));
            }
        }
        return line;
    }

    static Map<String, Object> problem(ProblemDetail detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", detail.getStatus());
        if (detail.getProperties() != null) {
            problem.put("code", detail.getProperties().get("code"));
        }
        problem.put("title", detail.getTitle());
        problem.put("detail", detail.getDetail());
        if (detail.getProperties() != null && detail.getProperties().get("errors") != null) {
            problem.put("errors", detail.getProperties().get("errors"));
        }
        return problem;
    }

    static Map<String, Object> summary(ImportSummary summary) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("lines", summary.lines());
        counts.put("imported", summary.imported());
        counts.put("skipped", summary.skipped());
        counts.put("refused", summary.refused());
        if (summary.valid() > 0) {
            counts.put("valid", summary.valid());
        }
        counts.put("events", summary.events());
        return counts;
    }
}

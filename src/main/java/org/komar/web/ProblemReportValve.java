package org.komar.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error report, for the few requests it refuses before Komar sees them (a path whose percent-encoding
 * is not UTF-8, an encoded slash): under {@code /api/} an RFC 9457 problem with a stable {@code code} and its text
 * in English or Khmer from the errors bundle, like every other API error; elsewhere Tomcat's plain page without a
 * report or server information.
 */
class ProblemReportValve extends ErrorReportValve {

    ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String code = switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "MALFORMED_REQUEST";
        };
        ResourceBundle errors = bundle(request.getHeader("Accept-Language"));
        String json = "{\"type\":\"urn:komar:problem:" + code + "\",\"title\":" + quote(text(errors,
                "error.title." + (status >= 500 ? 500 : status == 404 || status == 405 || status == 413 ? status
                        : 400), "")) + ",\"status\":" + status + ",\"detail\":"
                + quote(text(errors, "error." + code, code).replace("{0}", "")) + ",\"code\":\"" + code + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone; there is no one left to tell.
        }
    }

    private static ResourceBundle bundle(String acceptLanguage) {
        Locale locale = acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("km")
                ? Locale.forLanguageTag("km") : Locale.ENGLISH;
        return ResourceBundle.getBundle("i18n/errors", locale, ProblemReportValve.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}

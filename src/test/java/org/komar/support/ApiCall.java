package org.komar.support;

import java.util.EnumSet;
import java.util.Set;

import org.komar.access.Permission;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One {@code /api/**} call as the authorization matrix exercises it (see {@link ApiCallRows}): its method and path
 * pattern exactly as mapped, the permissions it needs, how data scope bears on it, the status it answers on
 * success, and how to build a request to it for a given {@link ApiTarget}. The matrix adds the caller's bearer token.
 */
public record ApiCall(HttpMethod method, String pattern, Reach reach, int success, Set<Permission> permissions,
                      RequestFactory request) {

    /** How data scope bears on a call. */
    public enum Reach {
        /** Addressed to the target case or child (in the path or the body): out of scope it is 404. */
        SUBJECT,
        /** A list or search that would find the target: in scope it does, out of scope it answers the success
         * status with no trace of the target case or child (no id, no name). */
        SEARCH,
        /** Scope plays no part (creating a new child, reference data): the same answer in and out of scope. */
        NONE,
        /** Needs no authentication at all (the token call): the success status for everyone. */
        PUBLIC
    }

    @FunctionalInterface
    public interface RequestFactory {
        MockHttpServletRequestBuilder build(ApiTarget target) throws Exception;
    }

    public ApiCall {
        permissions = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public static ApiCall of(HttpMethod method, String pattern, Reach reach, int success, RequestFactory request,
                             Permission... permissions) {
        return new ApiCall(method, pattern, reach, success, Set.of(permissions), request);
    }

    /** {@code "POST /api/v1/cases/{id}/events"}: how calls are named in the matrix and in its failures. */
    public String key() {
        return method.name() + " " + pattern;
    }
}

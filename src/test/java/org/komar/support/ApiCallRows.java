package org.komar.support;

import java.util.List;

/**
 * The rows a module contributes to the authorization matrix ({@code org.komar.access.AuthorizationMatrixTest}):
 * one {@link ApiCall} per {@code /api/**} call it maps. Put a package-private class implementing this in the
 * module's test package (e.g. {@code org.komar.cases.CaseApiCalls}); the matrix finds it on the class path, runs
 * every call as every role, in and out of scope and without a token, and fails on any mapped call without a row.
 */
public interface ApiCallRows {

    List<ApiCall> calls();
}

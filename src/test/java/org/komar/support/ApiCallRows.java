package org.komar.support;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The rows a module contributes to the authorization matrix ({@code org.komar.access.AuthorizationMatrixTest}):
 * one {@link ApiCall} per {@code /api/**} call it maps. Put a package-private class implementing this in the
 * module's test package (e.g. {@code org.komar.cases.CaseApiCalls}); the matrix finds it on the class path, runs
 * every call as every role, in and out of scope and without a token, and fails on any mapped call without a row.
 */
public interface ApiCallRows {

    List<ApiCall> calls();

    /** The rows of every module, found on the class path (the matrix and the fuzzing of API bodies use them). */
    static List<ApiCall> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ApiCallRows.class));
        List<ApiCall> calls = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.komar")) {
            try {
                Constructor<?> constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructor();
                constructor.setAccessible(true);
                calls.addAll(((ApiCallRows) constructor.newInstance()).calls());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the matrix rows of " + definition.getBeanClassName(), e);
            }
        }
        return calls;
    }
}

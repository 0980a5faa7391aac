package org.komar.shared;

/**
 * A section that another module adds to the case page, loaded by the page from {@code pathTemplate} (with
 * {@code {id}} replaced by the case id) as an HTML fragment, in {@code order}. This keeps the case page free of
 * dependencies on the modules that enrich it (safeguards, detention, diversion, referrals…): declare a bean.
 * The fragment's controller checks scope and permission itself, like any other request.
 */
public record CasePanel(String id, String pathTemplate, int order) {

    public String pathFor(Object caseId) {
        return pathTemplate.replace("{id}", String.valueOf(caseId));
    }
}

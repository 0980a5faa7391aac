package org.komar.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one request so that the caller hears about all of them at once. */
public final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldProblems add(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, args));
        return this;
    }

    public FieldProblems addAll(List<FieldProblem> more) {
        problems.addAll(more);
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws a 400 naming every problem found, if there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw KomarException.invalidFields(problems);
        }
    }
}

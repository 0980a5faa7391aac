package org.komar.shared;

/**
 * One wrong field of a request: the field's path (e.g. {@code attributes.hours}), a stable code whose message is
 * {@code error.<code>} in the errors bundle, and the message arguments.
 */
public record FieldProblem(String field, String code, Object... args) {

    public FieldProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}

package org.komar.shared;

import java.util.List;

/**
 * A failure the caller can act on. It carries a stable {@code code} (asserted by tests and clients), the HTTP
 * status it maps to, and the arguments of its message; the text itself lives in the {@code errors} bundles under
 * {@code error.<code>}, never in Java, so it reaches the user in Khmer or English.
 */
public class KomarException extends RuntimeException {

    private final String code;
    private final int status;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    public KomarException(int status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public KomarException(int status, String code, List<FieldProblem> fieldProblems, Object... args) {
        super(code);
        this.code = code;
        this.status = status;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public static KomarException notFound(String code, Object... args) {
        return new KomarException(404, code, args);
    }

    public static KomarException conflict(String code, Object... args) {
        return new KomarException(409, code, args);
    }

    public static KomarException forbidden(String code, Object... args) {
        return new KomarException(403, code, args);
    }

    public static KomarException invalid(String code, Object... args) {
        return new KomarException(400, code, args);
    }

    /** One or more fields are wrong; each problem names its field and carries its own code. */
    public static KomarException invalidFields(List<FieldProblem> problems) {
        return new KomarException(400, "VALIDATION_FAILED", problems);
    }
}

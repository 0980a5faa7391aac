package org.komar.exchange;

import java.util.List;

import org.komar.shared.KomarException;

/**
 * What became of one line of an import: imported (with the ids it got, and the event ids where the line gave none),
 * skipped because its case is there already, refused with its problem (a stable code, the HTTP status it would have
 * alone, and its wrong fields), or found valid by a dry run. Text is made from the codes when the report is shown,
 * in the reader's language.
 */
public record LineResult(int line, Status status, String childId, boolean newChild, String caseId,
                         String caseNumber, int events, List<String> eventIds, KomarException problem) {

    public enum Status {
        IMPORTED, SKIPPED, REFUSED, VALID;

        /** As the report writes it: {@code imported}, {@code skipped}, {@code refused}, {@code valid}. */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static LineResult refused(int line, String caseId, KomarException problem) {
        return new LineResult(line, Status.REFUSED, null, false, caseId, null, 0, List.of(), problem);
    }

    static LineResult skipped(int line, String caseId, String code) {
        return new LineResult(line, Status.SKIPPED, null, false, caseId, null, 0, List.of(),
                KomarException.conflict(code));
    }
}

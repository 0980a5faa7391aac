package org.komar.detention;

import java.time.Instant;
import java.time.LocalDate;

import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * A stay of the read model covering the census moment, as counted: which case and child, where, in what status,
 * the child's sex and birth date, the province it counts in (the facility's, else the case's), and whether the
 * child is past a legal limit (from the safeguards engine).
 */
record HeldRow(CaseId caseId, ChildId childId, String facility, LegalStatus status, Boolean separated,
               boolean withCaregiver, boolean deprived, String sex, LocalDate birthDate, String province,
               Instant detainedSince, Instant statusSince, boolean pastLimit) {

    HeldRow withPastLimit(boolean past) {
        return new HeldRow(caseId, childId, facility, status, separated, withCaregiver, deprived, sex, birthDate,
                province, detainedSince, statusSince, past);
    }

    boolean notSeparated() {
        return Boolean.FALSE.equals(separated);
    }
}

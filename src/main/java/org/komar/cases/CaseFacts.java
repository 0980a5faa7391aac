package org.komar.cases;

import java.time.LocalDate;

import org.komar.child.ChildFacts;
import org.komar.shared.CaseId;

/**
 * What derived read models need to know about a case (role, offence, province, the child's facts), read without an
 * actor by {@link CaseService#facts}: never shown to a person as such.
 */
public record CaseFacts(CaseId id, String caseNumber, CaseRole role, Offence offence, LocalDate offenceDate,
                        String provinceCode, ChildFacts child) {
}

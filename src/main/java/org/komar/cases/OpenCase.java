package org.komar.cases;

import java.time.LocalDate;
import java.util.List;

/** What it takes to open a case; validated by {@link CaseService}. Strings are parsed there so that the API and
 * the forms report the same problems. */
public record OpenCase(String childId, String role, String offenceCode, String offenceClass, Boolean intentional,
                       Integer minPenaltyMonths, Integer maxPenaltyMonths, LocalDate offenceDate, String place,
                       String caseNumber, List<NewParty> parties) {

    public OpenCase {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** An agency (by id) or a user (by username) to add as a party. */
    public record NewParty(String agencyId, String username, String function) {
    }
}

package org.komar.child;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts about a child that a person enters: used to register a child and to correct one. Validation happens in
 * {@link ChildService} so that the API and the forms report the same problems with the same codes.
 */
public record ChildDetails(String nameLatin, String nameKhmer, String sex, LocalDate birthDate,
                           String birthDatePrecision, String birthDateEvidence, String residence,
                           Boolean disability, String disabilityNote, String ethnicity, String nationality,
                           List<String> languages, List<Guardian> guardians) {

    public ChildDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }
}

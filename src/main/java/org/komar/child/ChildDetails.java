package org.komar.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts about a child that a person enters: used to register a child and to correct one. Validation happens in
 * {@link ChildService} so that the API and the forms report the same problems with the same codes.
 */
public record ChildDetails(String nameLatin, String nameKhmer, String sex, LocalDate birthDate,
                           String birthDatePrecision, String birthDateEvidence, String residence,
                           Boolean disability, String disabilityNote, String ethnicity, String nationality,
                           List<String> languages, List<Guardian> guardians) {

    public ChildDetails {
        // An empty entry in a list of languages (a JSON null) is no language, as a blank one is (ChildService).
        languages = languages == null ? List.of() : languages.stream().filter(Objects::nonNull).toList();
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }
}

package org.komar.child;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;

/** Turns API bodies into {@link ChildDetails}, reporting malformed dates and relationships as field problems. */
public final class ChildRequests {

    private ChildRequests() {
    }

    public static ChildDetails details(ChildResource body) {
        FieldProblems problems = new FieldProblems();
        if (body == null) {
            problems.add("body", "REQUIRED").throwIfAny();
        }
        LocalDate birthDate = date(body.birthDate(), "birthDate", problems);
        List<Guardian> guardians = new ArrayList<>();
        List<ChildResource.GuardianResource> given = body.guardians() == null ? List.of() : body.guardians();
        for (int i = 0; i < given.size(); i++) {
            ChildResource.GuardianResource g = given.get(i);
            if (g == null) {
                continue;
            }
            GuardianRelationship relationship = Enums.parse(GuardianRelationship.class, g.relationship(),
                    "guardians[" + i + "].relationship", problems, false);
            guardians.add(new Guardian(g.name(), relationship, g.phone(), g.address()));
        }
        problems.throwIfAny();
        ChildResource.Name name = body.name() == null ? new ChildResource.Name(null, null) : body.name();
        return new ChildDetails(name.latin(), name.khmer(), body.sex(), birthDate, body.birthDatePrecision(),
                body.birthDateEvidence(), body.residence(), body.disability(), body.disabilityNote(),
                body.ethnicity(), body.nationality(), body.languages(), guardians);
    }

    static LocalDate date(String value, String field, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            problems.add(field, "MALFORMED_DATE");
            return null;
        }
    }
}

package org.komar.child;

import java.util.List;

/** The closed lists a child form offers, for templates. */
public final class ChildChoices {

    static final ChildChoices INSTANCE = new ChildChoices();

    public List<Sex> sexes() {
        return List.of(Sex.values());
    }

    public List<Precision> precisions() {
        return List.of(Precision.values());
    }

    public List<Evidence> evidences() {
        return List.of(Evidence.values());
    }

    public List<Ethnicity> ethnicities() {
        return List.of(Ethnicity.values());
    }

    public List<GuardianRelationship> relationships() {
        return List.of(GuardianRelationship.values());
    }
}

package org.komar.facility;

/** Who a section's places are for: boys, girls (minors, kept apart from adults and by sex) or adults. */
@org.komar.shared.Labelled("facility.occupants.")
public enum Occupants {
    BOYS, GIRLS, ADULTS;

    public boolean minors() {
        return this != ADULTS;
    }
}

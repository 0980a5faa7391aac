package org.komar.facility;

/**
 * Who inspected a facility (JJL 85: prosecutors, investigating judges and the president of the Investigation
 * Chamber regularly; the National Preventive Mechanism at any time; Law on Prisons 54). {@code independent}: the body
 * does not run the place it inspects, which is what indicator 12 counts.
 */
@org.komar.shared.Labelled("inspection.body.")
public enum InspectionBody {
    PROSECUTOR(true),
    INVESTIGATING_JUDGE(true),
    INVESTIGATION_CHAMBER(true),
    NATIONAL_PREVENTIVE_MECHANISM(true),
    HUMAN_RIGHTS_ORGANISATION(true),
    UNITED_NATIONS(true),
    RED_CROSS(true),
    PRISON_ADMINISTRATION(false),
    SOCIAL_AFFAIRS(false),
    OTHER(false);

    private final boolean independent;

    InspectionBody(boolean independent) {
        this.independent = independent;
    }

    public boolean independent() {
        return independent;
    }
}

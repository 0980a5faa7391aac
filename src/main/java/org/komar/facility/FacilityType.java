package org.komar.facility;

/**
 * Kinds of facility, the values of the {@code facilityType} attribute of {@code PLACED}. The first four are places
 * of detention: a child held there is deprived of liberty, whatever the order.
 */
@org.komar.shared.Labelled("facility.type.")
public enum FacilityType {
    POLICE_UNIT(true),
    PRISON(true),
    CORRECTION_CENTRE(true),
    YOUTH_REHABILITATION_CENTRE(true),
    RESIDENTIAL_CARE(false),
    SHELTER(false);

    private final boolean placeOfDetention;

    FacilityType(boolean placeOfDetention) {
        this.placeOfDetention = placeOfDetention;
    }

    public boolean placeOfDetention() {
        return placeOfDetention;
    }
}

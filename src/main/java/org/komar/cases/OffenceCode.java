package org.komar.cases;

/**
 * The offences Komar records, each with its usual class and whether it is a drug offence (statistics separate
 * drug offences, which account for most detained children). The class of a case is still entered per case,
 * because the same act can be charged differently. Labels are {@code offence.<CODE>} in the message bundles.
 */
@org.komar.shared.Labelled("offence.")
public enum OffenceCode {
    DRUG_USE(OffenceClass.MISDEMEANOUR, true),
    DRUG_POSSESSION(OffenceClass.MISDEMEANOUR, true),
    DRUG_TRAFFICKING(OffenceClass.FELONY, true),
    PETTY_THEFT(OffenceClass.MISDEMEANOUR, false),
    THEFT(OffenceClass.MISDEMEANOUR, false),
    AGGRAVATED_THEFT(OffenceClass.FELONY, false),
    ROBBERY(OffenceClass.FELONY, false),
    ASSAULT(OffenceClass.MISDEMEANOUR, false),
    INTENTIONAL_VIOLENCE(OffenceClass.MISDEMEANOUR, false),
    AGGRAVATED_VIOLENCE(OffenceClass.FELONY, false),
    RAPE(OffenceClass.FELONY, false),
    SEXUAL_ASSAULT(OffenceClass.MISDEMEANOUR, false),
    MURDER(OffenceClass.FELONY, false),
    PROPERTY_DAMAGE(OffenceClass.MISDEMEANOUR, false),
    ONLINE_INCITEMENT(OffenceClass.MISDEMEANOUR, false),
    TRAFFIC_OFFENCE(OffenceClass.PETTY, false),
    PUBLIC_DISORDER(OffenceClass.PETTY, false),
    HUMAN_TRAFFICKING(OffenceClass.FELONY, false),
    CHILD_ABUSE(OffenceClass.FELONY, false),
    OTHER(OffenceClass.MISDEMEANOUR, false);

    private final OffenceClass usualClass;
    private final boolean drug;

    OffenceCode(OffenceClass usualClass, boolean drug) {
        this.usualClass = usualClass;
        this.drug = drug;
    }

    public OffenceClass usualClass() {
        return usualClass;
    }

    public boolean drug() {
        return drug;
    }
}

package org.komar.child;

/**
 * Ethnic group, with Cambodia's indigenous peoples named so that statistics can show who is left behind. Labels are
 * {@code ethnicity.<CODE>} in the message bundles.
 */
@org.komar.shared.Labelled("ethnicity.")
public enum Ethnicity {
    KHMER(false), CHAM(false), VIETNAMESE(false), CHINESE(false), LAO(false), THAI(false),
    BUNONG(true), KUY(true), JARAI(true), TAMPUAN(true), KREUNG(true), BRAO(true), KAVET(true), STIENG(true),
    POR(true), KACHOK(true), SUOY(true), SAOCH(true), OTHER_INDIGENOUS(true),
    OTHER(false), UNKNOWN(false);

    private final boolean indigenous;

    Ethnicity(boolean indigenous) {
        this.indigenous = indigenous;
    }

    public boolean indigenous() {
        return indigenous;
    }
}

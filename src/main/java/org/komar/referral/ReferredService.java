package org.komar.referral;

/**
 * The services a child can be referred for, each with the names two systems used in Cambodia give it, so that
 * referrals can be exchanged with them: OSCaR (the NGO case-management system; its service names) and Primero
 * (MoSVY's child-protection system; its {@code service_type} and {@code service_subtype}). The pairs come from the
 * service map of the Primero–OSCaR interoperability jobs run for MoSVY and UNICEF Cambodia
 * (github.com/OpenFn/unicef-cambodia, {@code jobs/V2/f1-j2-casesToOscar.js} and
 * {@code jobs/V2/f2-j2-upsertCasesToPrimero.js}); see {@code docs/referrals.md}. {@code timelineKind} is the value of
 * {@code SERVICE_PROVIDED.kind} recorded when the service is delivered.
 */
@org.komar.shared.Labelled("referral.service.")
public enum ReferredService {
    LEGAL_AID("Legal representation", "legal_support", "legal_support_representation", "LEGAL"),
    PSYCHOSOCIAL("Generalist counselling", "counselling", "counselling_generalist", "PSYCHOSOCIAL"),
    MEDICAL("Provision of medical care", "medical_support", "medical_support_provision_medical_case", "MEDICAL"),
    SHELTER("Transitional Accommodation", "anti_trafficking", "anti_trafficking_transitional_accomodation",
            "SHELTER"),
    EDUCATION("School support", "training_education", "training_education_school_support", "EDUCATION"),
    VOCATIONAL_TRAINING("Vocational education and training", "training_education", "training_education_vocational",
            "VOCATIONAL"),
    DRUG_COUNSELLING("Drug and Alcohol Counselling", "drug_alcohol", "drug_alcohol_counselling", "DRUG_COUNSELLING"),
    FAMILY_TRACING_AND_SUPPORT("Family reunification", "family_based_care", "family_based_care_family_reunification",
            "FAMILY_SUPPORT"),
    REINTEGRATION("Community Reintegration Support", "anti_trafficking", "anti_trafficking_community_reintegration",
            "OTHER"),
    OTHER("Other Service", "other", "other_other_service", "OTHER");

    private final String oscarName;
    private final String primeroType;
    private final String primeroSubtype;
    private final String timelineKind;

    ReferredService(String oscarName, String primeroType, String primeroSubtype, String timelineKind) {
        this.oscarName = oscarName;
        this.primeroType = primeroType;
        this.primeroSubtype = primeroSubtype;
        this.timelineKind = timelineKind;
    }

    public String oscarName() {
        return oscarName;
    }

    public String primeroType() {
        return primeroType;
    }

    public String primeroSubtype() {
        return primeroSubtype;
    }

    String timelineKind() {
        return timelineKind;
    }
}

package org.komar.courts;

import java.util.Arrays;
import java.util.List;

/**
 * The items of the fair-trial checklist, after CCHR's: general fair-trial items, then its Annex I for a juvenile
 * accused. {@code expected} is the answer that respects the right (true: "yes" does; false: "yes" is a breach; null:
 * neither), so that reports can show shortfalls; the label is {@code monitoring.item.<ITEM>}.
 */
@org.komar.shared.Labelled("monitoring.item.")
public enum ChecklistItem {
    PUBLIC_NOTICE(Section.GENERAL, Type.YES_NO, true),
    JUDGE_IMPARTIAL(Section.GENERAL, Type.YES_NO, true),
    RIGHTS_EXPLAINED(Section.GENERAL, Type.YES_NO, true),
    CHARGE_EXPLAINED(Section.GENERAL, Type.YES_NO, true),
    TIME_TO_PREPARE_DEFENCE(Section.GENERAL, Type.YES_NO, true),
    LEGAL_REPRESENTATION(Section.GENERAL, Type.YES_NO, true),
    ACCUSED_PRESENT(Section.GENERAL, Type.YES_NO, true),
    PRISON_UNIFORM(Section.GENERAL, Type.YES_NO, false),
    HANDCUFFED(Section.GENERAL, Type.YES_NO, false),
    GUILT_PRESUMED_BY_JUDGE(Section.GENERAL, Type.YES_NO, false),
    CONFESSION_RELIED_ON(Section.GENERAL, Type.YES_NO, null),
    COERCION_ALLEGED(Section.GENERAL, Type.YES_NO, false),
    WITNESSES_EXAMINED(Section.GENERAL, Type.YES_NO, true),
    DEFENCE_EVIDENCE_HEARD(Section.GENERAL, Type.YES_NO, true),
    JUDGMENT_REASONED(Section.GENERAL, Type.YES_NO, true),
    APPEAL_RIGHT_EXPLAINED(Section.GENERAL, Type.YES_NO, true),
    AGE_AT_OFFENCE(Section.JUVENILE, Type.AGE, null),
    AGE_EVIDENCE(Section.JUVENILE, Type.AGE_EVIDENCE, null),
    PRETRIAL_DETENTION(Section.JUVENILE, Type.YES_NO, false),
    PRETRIAL_DETENTION_DAYS(Section.JUVENILE, Type.DAYS, null),
    SEPARATED_FROM_ADULTS(Section.JUVENILE, Type.YES_NO, true),
    IN_CAMERA(Section.JUVENILE, Type.YES_NO, true),
    JUDGMENT_IN_PUBLIC(Section.JUVENILE, Type.YES_NO, false),
    CHILD_NAMED_IN_PUBLIC(Section.JUVENILE, Type.YES_NO, false),
    GUARDIAN_PRESENT(Section.JUVENILE, Type.YES_NO, true),
    LAWYER_PRESENT(Section.JUVENILE, Type.YES_NO, true),
    MITIGATION_FOR_MINORITY(Section.JUVENILE, Type.YES_NO, true),
    NON_CUSTODIAL_CONSIDERED(Section.JUVENILE, Type.YES_NO, true);

    /** The parts of the checklist. */
    @org.komar.shared.Labelled("monitoring.section.")
    public enum Section {
        GENERAL, JUVENILE
    }

    /** How an item is answered. */
    public enum Type {
        /** YES, NO or NOT_OBSERVED. */
        YES_NO,
        /** Whole years, 0 to 17, as established at the hearing. */
        AGE,
        /** One of {@link AgeEvidence}. */
        AGE_EVIDENCE,
        /** Whole days, 0 to 3650. */
        DAYS
    }

    /** What a yes-or-no item is answered with. */
    @org.komar.shared.Labelled("monitoring.answer.")
    public enum Answer {
        YES, NO, NOT_OBSERVED
    }

    /** How the child's age was established at the hearing, as the monitor saw it. */
    @org.komar.shared.Labelled("monitoring.ageEvidence.")
    public enum AgeEvidence {
        BIRTH_CERTIFICATE, FAMILY_BOOK, ID_CARD, SCHOOL_RECORD, MEDICAL, DECLARATION, NOT_ESTABLISHED, NOT_OBSERVED
    }

    private final Section section;
    private final Type type;
    private final Boolean expected;

    ChecklistItem(Section section, Type type, Boolean expected) {
        this.section = section;
        this.type = type;
        this.expected = expected;
    }

    public Section section() {
        return section;
    }

    public Type type() {
        return type;
    }

    public Boolean expected() {
        return expected;
    }

    public boolean yesNo() {
        return type == Type.YES_NO;
    }

    public static List<ChecklistItem> of(Section section) {
        return Arrays.stream(values()).filter(item -> item.section == section).toList();
    }
}

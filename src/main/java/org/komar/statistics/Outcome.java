package org.komar.statistics;

import java.util.List;

/**
 * The splits of the children a published family counts, beside the {@link Dimension}s: each a partition of those
 * children, so that its values add up to the family's total. Labels are
 * {@code statistics.public.outcome.<key>.<VALUE>}.
 */
enum Outcome implements PublicAxis {
    /** Held on the census date: before a final sentence, serving one, or held with no recorded order. */
    STAGE("stage", List.of("PRE_SENTENCE", "SENTENCED", "OTHER")),
    /** Held on the census date: recorded as not wholly separated from adults, separated, or not recorded. */
    SEPARATION("separation", List.of("NOT_SEPARATED", "SEPARATED", "NOT_RECORDED")),
    /** Held on the census date: in contact with family in the three months before it, or not. */
    FAMILY_CONTACT("familyContact", List.of("YES", "NO")),
    /**
     * Diverted or sentenced in the period: entered a pre-sentence diversion (whatever followed), else sentenced
     * without custody, else sentenced to custody.
     */
    PATHWAY("pathway", List.of("DIVERTED", "NON_CUSTODIAL", "CUSTODIAL")),
    /** Released in the period: began aftercare after a release, or not. */
    AFTERCARE("aftercare", List.of("YES", "NO"));

    private final String key;
    private final List<String> values;

    Outcome(String key, List<String> values) {
        this.key = key;
        this.values = values;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> codes() {
        return values;
    }
}

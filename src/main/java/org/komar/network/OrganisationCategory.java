package org.komar.network;

/** The kinds of organisation in the child-justice network, as the network reports them. */
@org.komar.shared.Labelled("network.category.")
public enum OrganisationCategory {
    GOVERNMENT,
    UN_AGENCY,
    CIVIL_SOCIETY,
    DEVELOPMENT_PARTNER,
    CHILD_YOUTH_NETWORK,
    ACADEMIC,
    LAW_FIRM
}

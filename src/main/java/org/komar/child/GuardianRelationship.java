package org.komar.child;

@org.komar.shared.Labelled("relationship.")
public enum GuardianRelationship {
    MOTHER, FATHER, GRANDPARENT, SIBLING, AUNT_OR_UNCLE, OTHER_RELATIVE, LEGAL_GUARDIAN, FOSTER_PARENT, OTHER
}

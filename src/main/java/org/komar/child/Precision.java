package org.komar.child;

/** How much of a birth date is known. */
public enum Precision {
    DAY, MONTH, YEAR
}

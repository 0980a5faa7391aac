package org.komar.cases;

/** Penal Code classes of offence: petty (បទលហុ), misdemeanour (បទមជ្ឈិម), felony (បទឧក្រិដ្ឋ). */
public enum OffenceClass {
    PETTY, MISDEMEANOUR, FELONY
}

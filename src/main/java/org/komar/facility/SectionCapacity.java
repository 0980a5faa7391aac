package org.komar.facility;

/** The design capacity of one section for one kind of occupant. */
public record SectionCapacity(Section section, Occupants occupants, int places) {
}

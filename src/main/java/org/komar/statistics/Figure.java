package org.komar.statistics;

/**
 * One number of a table: the value and what it is made of. {@code denominator} is a count of children (or the child
 * population, or the average number held); {@code value} is null when it cannot be computed (nothing to divide by,
 * no population table). {@code distribution} is set for durations.
 */
public record Figure(Cell cell, Double value, Long numerator, Double denominator, Distribution distribution) {
}

package org.komar.statistics;

import java.util.List;

/**
 * One problem found in a population CSV: its line (0 for the file as a whole), a code whose message is
 * {@code statistics.population.problem.<CODE>} and the message's arguments.
 */
public record PopulationProblem(long line, String code, List<Object> args) {
}

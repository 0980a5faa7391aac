package org.komar.statistics;

import java.util.List;

/** A figure broken down one way: every cell of the breakdown, in the order of the dimensions' values. */
public record FigureTable(Breakdown breakdown, List<Figure> figures) {
}

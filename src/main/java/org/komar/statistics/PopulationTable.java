package org.komar.statistics;

import java.time.Instant;
import java.util.UUID;

/** An imported child-population table: which one a rate was computed with is always shown beside it. */
public record PopulationTable(UUID id, String name, int referenceYear, String source, long total, Instant importedAt,
                              boolean retired) {
}

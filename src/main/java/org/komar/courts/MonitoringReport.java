package org.komar.courts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.komar.access.AgencyId;

/**
 * A monitoring organisation's checklists of one period aggregated per item, for each court and in all: how many
 * hearings showed each answer, out of how many where it was observed. A yes-or-no item has one row (its "yes"); an
 * age, a way of establishing it or a length of detention has a row per band or kind.
 */
public record MonitoringReport(LocalDate from, LocalDate to, List<AgencyId> courts, Map<AgencyId, Long> checklists,
                               long total, List<Row> rows) {

    /** Counts of one answer: {@code count} of {@code answered} (observed) checklists; {@code notObserved} apart. */
    public record Tally(long count, long answered, long notObserved) {

        /** The share of the answered that gave this answer, in percent with one decimal; null when none answered. */
        public Double percent() {
            return answered == 0 ? null : Math.round(count * 1000.0 / answered) / 10.0;
        }
    }

    /** One line of the report: an item and, for items that are not yes-or-no, one of its bands or kinds. */
    public record Row(ChecklistItem item, String key, Tally total, Map<AgencyId, Tally> byCourt) {

        /** The message key of the band or kind; null for a yes-or-no item's single row. */
        public String keyLabel() {
            return switch (item.type()) {
                case YES_NO -> null;
                case AGE_EVIDENCE -> "monitoring.ageEvidence." + key;
                case AGE, DAYS -> "monitoring.band." + key;
            };
        }

        public Tally of(AgencyId court) {
            return byCourt.getOrDefault(court, new Tally(0, 0, 0));
        }
    }
}

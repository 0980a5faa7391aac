package org.komar.statistics;

import java.util.List;

/**
 * One figure as computed: the total, its tables, and for policy indicators the answer in force. {@code available}
 * is false when the records it needs are not kept (e.g. no detention or facility records), {@code note} then says
 * why (a message key).
 */
public record StatisticResult(Statistic statistic, Figure total, List<FigureTable> tables, PolicyAnswer answer,
                              boolean available, String note) {

    public java.util.Optional<FigureTable> table(Breakdown breakdown) {
        return tables.stream().filter(t -> t.breakdown().equals(breakdown)).findFirst();
    }
}

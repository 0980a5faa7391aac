/**
 * Statistics: the fifteen UNODC/UNICEF juvenile justice indicators and the operational figures, for statisticians
 * (national aggregates, never a name), for people with case access (over their own cases), for the public (a fixed
 * catalogue of tables, small cells suppressed) and for a national DHIS2. Every figure is counted from a read model of
 * per-case facts kept in the transaction that records an event ({@link org.komar.statistics.FactProjector}), packed
 * by day for national counting ({@link org.komar.statistics.PackStore}, built by {@link
 * org.komar.statistics.PackBuilder}, held by large imports through {@link org.komar.statistics.PackHolds}), never
 * from the timelines at query time. See docs/statistics.md.
 */
package org.komar.statistics;

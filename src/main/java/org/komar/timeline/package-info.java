/**
 * Timeline: the legal event vocabulary ({@link org.komar.timeline.EventType}), the append-only event store, and the
 * framework-free {@link org.komar.timeline.Timeline} model that every derived view (situation, safeguards,
 * statistics) reads. Events are never updated: a mistake is voided with a reason and a new event recorded; both stay
 * visible. Each append or void moves the stream's version, which is how concurrent writers detect stale reads.
 * Whoever derives something from timelines listens to {@link org.komar.timeline.LegalEventRecorded} and {@link
 * org.komar.timeline.LegalEventVoided}, and to the cases module's {@code CasesImported}, which a bulk import
 * publishes once for the whole timelines it stored ({@link org.komar.timeline.TimelineStore#storeImported}). A
 * recorded event comes with the case's whole timeline, read once under the append's hold on the stream, so that
 * the views that follow an append do not each read it again.
 */
package org.komar.timeline;

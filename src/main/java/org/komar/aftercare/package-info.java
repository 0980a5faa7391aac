/**
 * Aftercare and reintegration after a child's release: a plan made at release (goals, services, the responsible
 * agency and its programme, the start), the contacts and services that follow (each also an event on the timeline:
 * {@code AFTERCARE_STARTED}, {@code AFTERCARE_CONTACT}, {@code SERVICE_PROVIDED}), and re-offending follow-up: a new
 * case of the same child that begins within 6 or 12 months of a release counts as re-offending, is linked to the
 * earlier case on both case pages (for those who see both), and is reported per programme and agency, counting only
 * releases old enough to have been followed for the whole window.
 */
package org.komar.aftercare;

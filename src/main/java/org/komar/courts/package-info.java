/**
 * Courts and trial monitoring. A court schedules hearings of a case (date and time, kind, chamber), shows them as a
 * weekly agenda to the people who see those cases, records a hearing as held (a {@code HEARING_HELD} event on the
 * timeline, linked to the scheduled hearing: in camera or not, judgment in public or not, who was present, screens
 * or video link) or postponed with its reason, and admits trial monitors to a hearing. A monitor sees only the
 * hearings they were admitted to, without the child's name or the case number, fills the fair-trial checklist with
 * its juvenile annex, and reads their organisation's monitoring report (counts and shares per item, by court and
 * period, CSV and XLSX).
 */
package org.komar.courts;

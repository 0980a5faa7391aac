/**
 * Capacity building in the child-justice network: series of training sessions (title in Khmer and English,
 * speakers, delivering organisation, language, date, place, materials), registration and attendance of
 * participants with sex, age group (child under 18, youth 18–24, adult), profession and organisation, bilingual
 * certificates for those who attended, the attendance breakdowns organisers report ({@link
 * org.komar.training.AttendanceBreakdown}: registrants, attendees, by sex, by age group, by type of organisation,
 * by profession) and the follow-up of who was trained in what (e.g. judges and prosecutors trained in
 * child-sensitive procedure, per province). Network coordinators see the series their own agency organises; every
 * change and every reading of participants' details is audited.
 */
package org.komar.training;

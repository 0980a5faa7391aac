/**
 * Child: the person at the centre of every case. Names in Khmer and Latin script, sex, birth-date claims with
 * their precision and evidence, residence (gazetteer code), disability, ethnicity, nationality, languages and
 * guardians. Age is never stored: {@link org.komar.child.AgeAssessment} derives it from the claims, giving the
 * child the benefit of the doubt. Search tolerates case, diacritics and Khmer zero-width spaces; possible
 * duplicates are found before a new child is registered. Who may see a child is decided by {@link
 * org.komar.child.ChildScope}, which the cases module implements.
 */
package org.komar.child;

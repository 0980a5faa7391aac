/**
 * Demonstration data, loaded with {@code --demo} (or {@code komar.demo=true}) into an empty case register: the
 * agencies of Cambodia's child-justice chain, one user per role, and {@code komar.demo-cases} (300) cases of the
 * synthetic caseload ({@link org.komar.exchange.SyntheticCaseload}, a fixed seed, timelines ending at start-up so that
 * cases are found at every stage with deadlines running), imported by the administrator through the exchange import
 * with all its checks; then a few children held in the situations a roll must show, hearings, trial monitoring,
 * aftercare, the network and a population table, so that a newcomer sees a living system. Never loaded otherwise.
 */
package org.komar.demo;

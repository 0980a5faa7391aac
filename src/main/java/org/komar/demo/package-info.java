/**
 * Demonstration data, loaded with {@code --demo} (or {@code komar.demo=true}) into an empty case register: the
 * agencies of Cambodia's child-justice chain, one user per role, and a few hundred cases across provinces with
 * timelines that reach every stage, so that a newcomer sees a living system. Never loaded otherwise.
 */
package org.komar.demo;

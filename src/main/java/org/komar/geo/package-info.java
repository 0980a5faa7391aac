/**
 * Geo: Cambodia's gazetteer (provinces, districts, communes, villages; NCDD codes; Khmer and Latin names) loaded
 * from the shipped CSV at first start, kept in memory for lookups and pickers. A newer shipped version is merged
 * in and codes it no longer has are marked retired, never deleted, so old records still resolve.
 */
package org.komar.geo;

/**
 * Backup and restore of the whole database, as commands of Komar's jar ({@code backup FILE}, {@code restore FILE}):
 * H2's own {@code SCRIPT}/{@code RUNSCRIPT} on the embedded database, {@code pg_dump}/{@code pg_restore} in one
 * transaction on PostgreSQL. The restored database is the backed-up one, schema history included; Flyway brings an
 * older backup forward on the next start. See docs/reliability.md.
 */
package org.komar.backup;

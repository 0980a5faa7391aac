/**
 * Audit: an append-only record of who read or changed what, when and from where, written in the same transaction
 * as the read or change it describes. It holds identifiers, never names or other personal data, and offers no way
 * to alter an entry (on PostgreSQL a trigger refuses updates and deletes too).
 */
package org.komar.audit;

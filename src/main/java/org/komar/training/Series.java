package org.komar.training;

import java.time.Instant;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.shared.Bilingual;

/** A capacity-building series, organised by one agency of the network. */
public record Series(UUID id, AgencyId organiser, Bilingual title, Bilingual description, Instant createdAt,
                     int version) {
}

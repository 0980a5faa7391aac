package org.komar.statistics;

import java.time.Instant;
import java.util.Optional;

import org.komar.detention.DetentionService;
import org.springframework.stereotype.Component;

/**
 * Indicators 12 and 13 from the facility register and its inspections, through the detention module: the places of
 * detention in use at the census, those independently inspected in the twelve months before it, those running a
 * complaints mechanism.
 */
@Component
class FacilityRecords implements FacilitySource {

    private final DetentionService detention;

    FacilityRecords(DetentionService detention) {
        this.detention = detention;
    }

    @Override
    public Optional<Counts> counts(Instant asOf) {
        var counts = detention.placeCounts(asOf);
        return Optional.of(new Counts(counts.places(), counts.inspected(), counts.withComplaints()));
    }
}

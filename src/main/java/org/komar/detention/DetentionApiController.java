package org.komar.detention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.facility.Facility;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Children deprived of liberty over the API: the census at any moment (the contract shape, national, for
 * statisticians and administrators), the children behind its numbers (case access, within scope) and one case's
 * detention record.
 */
@RestController
@Tag(name = "Facilities and detention")
class DetentionApiController {

    record Name(String latin, String khmer) {
    }

    record FacilityLine(String id, String code, Name name, String type, String province, long held, Integer capacity,
                        long pretrial, Long pastLimit, long notSeparated, long accompanying) {
    }

    record Count(String key, long children) {
    }

    record CensusResource(OffsetDateTime asOf, long total, long pretrial, Long pastLimit, List<FacilityLine> facilities,
                          Double pretrialPercent, long notSeparated, long noOrder, long accompanying,
                          long unknownFacility, Map<String, List<Count>> by) {
    }

    record StayResource(String facility, OffsetDateTime since, OffsetDateTime until, String status,
                        OffsetDateTime statusSince, OffsetDateTime detainedSince, Boolean separated,
                        boolean withCaregiver, boolean deprivedOfLiberty) {

        static StayResource of(Stay s) {
            return new StayResource(s.facility(), local(s.since()), local(s.until()), s.status().name(),
                    local(s.statusSince()), local(s.detainedSince()), s.separated(), s.withCaregiver(),
                    s.deprivedOfLiberty());
        }
    }

    record LimitResource(boolean past, List<String> pastRules, OffsetDateTime pastSince, String nextRule,
                         OffsetDateTime nextDueAt) {

        static LimitResource of(LimitStatus l, boolean known) {
            return known ? new LimitResource(l.past(), l.pastRules(), local(l.pastSince()), l.nextRule(),
                    local(l.nextDueAt())) : null;
        }
    }

    record RecordResource(String caseId, OffsetDateTime asOf, boolean held, boolean deprivedOfLiberty,
                          StayResource current, long daysHeld, Integer sentenceMonths, LocalDate releaseDue,
                          LocalDate conditionalReleaseFrom, Integer age, boolean ageInDoubt, LocalDate turns18,
                          LocalDate turns24, LocalDate turns3, OffsetDateTime lastFamilyContact,
                          LimitResource limits, List<StayResource> stays) {

        static RecordResource of(DetentionRecord r, LimitStatus limits, boolean known) {
            return new RecordResource(r.caseId().toString(), local(r.asOf()), r.held(), r.deprivedOfLiberty(),
                    r.current() == null ? null : StayResource.of(r.current()), r.daysHeld(), r.sentenceMonths(),
                    r.releaseDue(), r.conditionalReleaseFrom(), r.age(), r.ageInDoubt(), r.turns18().orElse(null),
                    r.turns24().orElse(null), r.turns3().orElse(null), local(r.lastFamilyContact()),
                    LimitResource.of(limits, known), r.stays().stream().filter(s -> !s.since().isAfter(r.asOf()))
                    .map(StayResource::of).toList());
        }
    }

    record HeldResource(String caseId, String caseNumber, String childId, Name name, String sex, String role,
                        RecordResource detention) {
    }

    record HeldPageResource(OffsetDateTime asOf, List<HeldResource> items, long total, int page, int size) {
    }

    private final DetentionService detention;
    private final java.time.Clock clock;

    DetentionApiController(DetentionService detention, java.time.Clock clock) {
        this.detention = detention;
        this.clock = clock;
    }

    @GetMapping("/api/v1/detention")
    @Operation(summary = "Children deprived of liberty at a moment, national (statisticians and administrators)",
            description = "pretrial counts the children not finally sentenced (police custody, pre-trial detention, "
                    + "awaiting appeal); pastLimit those held past a legal limit (safeguards engine); capacity is the "
                    + "facility's places for minors where its sections are recorded, else its whole capacity. "
                    + "Children living with a parent are counted apart (accompanying).")
    CensusResource census(Actor actor,
                          @Parameter(description = "a date (end of that day) or a moment with offset; default now")
                          @RequestParam(required = false) String asOf) {
        actor.require(Permission.STATISTICS_READ);
        Census census = detention.census(actor, AsOf.parse(asOf, clock));
        List<FacilityLine> lines = census.facilities().stream().filter(line -> line.facility() != null)
                .map(line -> {
                    Facility f = line.facility();
                    return new FacilityLine(f.id().toString(), f.code(), new Name(f.nameLatin(), f.nameKhmer()),
                            f.type().name(), f.provinceCode(), line.held(), line.capacity(), line.pretrial(),
                            census.limitsKnown() ? line.pastLimit() : null, line.notSeparated(), line.accompanying());
                }).toList();
        long unknown = census.facilities().stream().filter(line -> line.facility() == null)
                .mapToLong(Census.FacilityCount::held).sum();
        Map<String, List<Count>> by = Map.of("province", counts(census.byProvince()), "sex", counts(census.bySex()),
                "ageBand", counts(census.byAgeBand()), "status", counts(census.byStatus()));
        return new CensusResource(local(census.asOf()), census.total(), census.pretrial(),
                census.limitsKnown() ? census.pastLimit() : null, lines, census.pretrialPercent(),
                census.notSeparated(), census.noOrder(), census.accompanying(), unknown, by);
    }

    @GetMapping("/api/v1/detention/children")
    @Operation(summary = "The children behind a number of the census, within the caller's scope, held longest first",
            description = "Filters as on the national view: facility (code, or UNKNOWN), province, sex, ageBand, "
                    + "status, preSentence, pastLimit, notSeparated, accompanying. People with case access only.")
    HeldPageResource children(Actor actor, @RequestParam(required = false) String asOf,
                              @RequestParam Map<String, String> params,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        Instant moment = AsOf.parse(asOf, clock);
        DetentionService.HeldPage list = detention.list(actor, moment, CensusFilter.parse(params),
                page == null ? 0 : page, size == null ? 50 : size);
        return new HeldPageResource(local(moment), list.items().stream().map(h -> new HeldResource(
                h.caseId().toString(), h.caseNumber(), h.child().id().toString(),
                new Name(h.child().nameLatin(), h.child().nameKhmer()),
                h.child().sex() == null ? null : h.child().sex().name(), h.role().name(),
                RecordResource.of(h.record(), h.limits(), list.limitsKnown()))).toList(), list.total(), list.page(),
                list.size());
    }

    @GetMapping("/api/v1/cases/{id}/detention")
    @Operation(summary = "One case's deprivation of liberty at a moment: where, since when, in what status, dates due")
    RecordResource ofCase(Actor actor, @PathVariable String id, @RequestParam(required = false) String asOf) {
        CaseDetention found = detention.ofCase(actor, CaseId.parse(id, "CASE_NOT_FOUND"), AsOf.parse(asOf, clock));
        return RecordResource.of(found.record(), found.limits(), found.limitsKnown());
    }

    private static List<Count> counts(List<Census.Count> counts) {
        return counts.stream().map(c -> new Count(c.key(), c.value())).toList();
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Cambodia.ZONE).toOffsetDateTime();
    }
}

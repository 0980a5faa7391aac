package org.komar.facility;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Facilities as reference data: every signed-in client reads them; administrators add them. */
@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facilities and detention")
class FacilityApiController {

    record FacilityRequest(String code, FacilityResource.Name name, String type, String province, Integer capacity,
                           Boolean separatesMinorsFromAdults, Boolean complaintsMechanism,
                           List<FacilityDetails.SectionPlaces> sections) {

        FacilityDetails details() {
            return new FacilityDetails(code, name == null ? null : name.latin(), name == null ? null : name.khmer(),
                    type, province, capacity, separatesMinorsFromAdults, complaintsMechanism, sections);
        }
    }

    private final FacilityRegister register;

    FacilityApiController(FacilityRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Facilities by province, type and code; retired ones only with retired=true")
    List<FacilityResource> list(Actor actor,
                                @Parameter(description = "include retired facilities") @RequestParam(defaultValue = "false") boolean retired,
                                @Parameter(description = "only this type, e.g. PRISON") @RequestParam(required = false) String type,
                                @Parameter(description = "only this province (2-digit code)") @RequestParam(required = false) String province) {
        FieldProblems problems = new FieldProblems();
        FacilityType only = Enums.parse(FacilityType.class, type, "type", problems, false);
        problems.throwIfAny();
        return register.all().stream().filter(f -> retired || !f.retired())
                .filter(f -> only == null || f.type() == only)
                .filter(f -> province == null || province.isBlank() || province.strip().equals(f.provinceCode()))
                .map(FacilityResource::of).toList();
    }

    @PostMapping
    @Operation(summary = "Add a facility (administrators); 409 FACILITY_CODE_TAKEN when the code is in use")
    ResponseEntity<FacilityResource> create(Actor actor, @RequestBody FacilityRequest body) {
        Facility created = register.create(actor, body.details());
        return ResponseEntity.created(URI.create("/api/v1/facilities/" + created.id()))
                .body(FacilityResource.of(created));
    }
}

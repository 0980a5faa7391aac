package org.komar.referral;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agencies one can refer to (reference data, no personal data): {@code GET /api/v1/agencies}. */
@RestController
@Tag(name = "Referrals")
class AgencyApiController {

    record Name(String latin, String khmer) {
    }

    record AgencyResource(String id, String code, String type, Name name, String province, boolean retired) {
    }

    private final AgencyDirectory agencies;

    AgencyApiController(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/api/v1/agencies")
    @Operation(summary = "Agencies, by province then name; retired ones only with retired=true")
    List<AgencyResource> agencies(Actor actor, @RequestParam(defaultValue = "false") boolean retired) {
        return agencies.all().stream().filter(agency -> retired || !agency.retired())
                .map(agency -> new AgencyResource(agency.id().toString(), agency.code(), agency.type().name(),
                        new Name(agency.nameLatin(), agency.nameKhmer()), agency.provinceCode(), agency.retired()))
                .toList();
    }
}

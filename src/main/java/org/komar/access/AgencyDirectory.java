package org.komar.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.komar.shared.KomarException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies: reference data every module reads. Agencies are retired, never deleted. */
@Service
public class AgencyDirectory {

    private final AgencyRepository agencies;
    private final Map<AgencyId, Agency> cache = new ConcurrentHashMap<>();

    AgencyDirectory(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    public List<Agency> all() {
        return agencies.all();
    }

    public Optional<Agency> find(AgencyId id) {
        Agency cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Agency> found = agencies.find(id);
        found.ifPresent(agency -> cache.put(id, agency));
        return found;
    }

    /** The agency's name in the given language, or an empty string for an unknown agency. */
    public String name(AgencyId id, java.util.Locale locale) {
        return id == null ? "" : find(id).map(agency -> agency.name(locale)).orElse("");
    }

    public Optional<Agency> findByCode(String code) {
        return agencies.findByCode(code);
    }

    public Agency require(AgencyId id) {
        return find(id).orElseThrow(() -> KomarException.notFound("AGENCY_NOT_FOUND", id));
    }

    @Transactional
    public Agency create(String code, AgencyType type, String nameLatin, String nameKhmer, String provinceCode) {
        if (agencies.findByCode(code).isPresent()) {
            throw KomarException.conflict("AGENCY_CODE_TAKEN", code);
        }
        Agency agency = new Agency(new AgencyId(UUID.randomUUID()), code, type, nameLatin, nameKhmer, provinceCode,
                false);
        agencies.insert(agency);
        return agency;
    }

    public boolean isEmpty() {
        return agencies.count() == 0;
    }
}

package org.komar.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.komar.shared.KomarException;
import org.springframework.stereotype.Service;

/** Lookups in the gazetteer, from memory. */
@Service
public class Gazetteer {

    private final GazetteerLoader loader;
    private volatile Map<String, GeoUnit> byCode = Map.of();
    private volatile Map<String, List<GeoUnit>> byParent = Map.of();

    Gazetteer(GazetteerLoader loader) {
        this.loader = loader;
        reload();
    }

    final void reload() {
        loader.loadShippedVersionIfNew();
        Map<String, GeoUnit> codes = new ConcurrentHashMap<>();
        Map<String, List<GeoUnit>> parents = new ConcurrentHashMap<>();
        for (GeoUnit unit : loader.all()) {
            codes.put(unit.code(), unit);
            parents.computeIfAbsent(unit.parentCode() == null ? "" : unit.parentCode(), k -> new ArrayList<>())
                    .add(unit);
        }
        parents.values().forEach(list -> list.sort(Comparator.comparing(GeoUnit::code)));
        byCode = codes;
        byParent = parents;
    }

    public Optional<GeoUnit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The unit with that code, retired or not; an unknown code is the caller's error. */
    public GeoUnit require(String code) {
        return find(code).orElseThrow(() -> KomarException.invalid("UNKNOWN_GEO_CODE", code));
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    public List<GeoUnit> provinces() {
        return children(null, false);
    }

    /** The units directly under {@code parentCode} (provinces when it is null); retired ones only if asked. */
    public List<GeoUnit> children(String parentCode, boolean includeRetired) {
        List<GeoUnit> units = byParent.getOrDefault(parentCode == null ? "" : parentCode, List.of());
        return includeRetired ? Collections.unmodifiableList(units)
                : units.stream().filter(unit -> !unit.retired()).toList();
    }

    /** From the province down to the unit itself. */
    public List<GeoUnit> path(String code) {
        List<GeoUnit> path = new ArrayList<>();
        GeoUnit unit = byCode.get(code);
        while (unit != null) {
            path.add(0, unit);
            unit = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
        }
        return path;
    }

    /** "Village, Commune, District, Province" in the given language, or the code itself if unknown. */
    public String label(String code, Locale locale) {
        List<GeoUnit> path = path(code);
        if (path.isEmpty()) {
            return code == null ? "" : code;
        }
        List<String> names = new ArrayList<>();
        for (int i = path.size() - 1; i >= 0; i--) {
            names.add(path.get(i).name(locale));
        }
        return String.join(", ", names);
    }

    public String provinceName(String code, Locale locale) {
        return code == null ? "" : find(code.substring(0, Math.min(2, code.length())))
                .map(unit -> unit.name(locale)).orElse(code);
    }
}

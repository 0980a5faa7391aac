package org.komar.geo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The gazetteer as shipped in {@code geo/cambodia_admin_units.csv}, read from the class path without a database: for
 * the loader, and for tools that need the codes before or without a running Komar (the synthetic caseload).
 */
public final class ShippedGazetteer {

    private ShippedGazetteer() {
    }

    /** Every unit of the shipped version, in file order. */
    public static List<GeoUnit> units() {
        List<GeoUnit> units = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("geo/cambodia_admin_units.csv").getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                units.add(new GeoUnit(row.get("code"), Integer.parseInt(row.get("level")),
                        blankToNull(row.get("parent_code")), row.get("type_km"), row.get("type_latin"),
                        row.get("type_en"), row.get("name_km"), row.get("name_latin"), number(row.get("lat")),
                        number(row.get("lon")), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Double number(String value) {
        return value == null || value.isBlank() ? null : Double.valueOf(value);
    }
}

package org.komar.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Valid lines of the exchange format for tests, with fresh identities each time: a fifteen-year-old boy arrested in
 * Phnom Penh for drug possession, with custody, notification, a lawyer, questioning, a diversion order within the
 * limits of JJL 65 and one voided event. Moments are a few days before the clock's now.
 */
public final class ExchangeSamples {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ExchangeSamples() {
    }

    /** A line as a map (to change before writing), with new child, case and event ids. */
    public static Map<String, Object> bundle(Clock clock) {
        OffsetDateTime start = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(7)).minusDays(5)
                .withNano(0);
        LocalDate born = start.toLocalDate().minusYears(15).minusDays(40);
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("id", UUID.randomUUID().toString());
        child.put("name", Map.of("latin", "Sok Dara", "khmer", "សុខ ដារា"));
        child.put("sex", "M");
        child.put("birthDate", born.toString());
        child.put("birthDatePrecision", "DAY");
        child.put("birthDateEvidence", "BIRTH_CERTIFICATE");
        child.put("residence", "12010101");
        child.put("disability", false);
        child.put("ethnicity", "KHMER");
        child.put("nationality", "KH");
        child.put("languages", List.of("km"));
        child.put("guardians", List.of(Map.of("name", "Sok Chan", "relationship", "MOTHER", "phone", "012 345 678")));
        Map<String, Object> kase = new LinkedHashMap<>();
        kase.put("id", UUID.randomUUID().toString());
        kase.put("role", "CONFLICT_WITH_LAW");
        kase.put("offence", Map.of("code", "DRUG_POSSESSION", "class", "MISDEMEANOUR", "intentional", true,
                "minPenaltyMonths", 6, "maxPenaltyMonths", 24));
        kase.put("offenceDate", start.toLocalDate().toString());
        kase.put("place", "120101");
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event(start, "CONTACT_REGISTERED", Map.of("how", "ARREST")));
        events.add(event(start.plusMinutes(10), "ARRESTED", Map.of("flagrant", true, "unit", "POL-12")));
        events.add(event(start.plusMinutes(40), "CUSTODY_STARTED", Map.of("unit", "POL-12",
                "separatedFromAdults", true, "separatedBySex", true)));
        events.add(event(start.plusHours(1), "NOTIFIED", Map.of("party", "GUARDIAN", "reached", true,
                "means", "PHONE")));
        Map<String, Object> mistaken = event(start.plusHours(2), "NOTIFIED", Map.of("party", "LAWYER",
                "reached", false));
        mistaken.put("voided", Map.of("reason", "Recorded on the wrong case"));
        events.add(mistaken);
        events.add(event(start.plusHours(3), "LAWYER_ASSIGNED", Map.of("lawyer", "LAC duty lawyer",
                "organisation", "LAC")));
        events.add(event(start.plusHours(5), "INTERROGATED", Map.of("by", "POLICE", "lawyerPresent", true,
                "guardianPresent", true)));
        events.add(event(start.plusHours(20), "CUSTODY_ENDED", Map.of("outcome", "PRESENTED_TO_PROSECUTOR")));
        events.add(event(start.plusHours(21), "DIVERSION_CONSIDERED", Map.of("by", "PROSECUTOR",
                "decision", "DIVERTED")));
        events.add(event(start.plusHours(22), "DIVERSION_ORDERED", Map.of("by", "PROSECUTOR",
                "measures", List.of(Map.of("type", "SCHOOL_ATTENDANCE", "months", 3)))));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("child", child);
        line.put("case", kase);
        line.put("events", events);
        return line;
    }

    static Map<String, Object> event(OffsetDateTime at, String type, Map<String, Object> attributes) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("occurredAt", at.toString());
        event.put("attributes", new LinkedHashMap<>(attributes));
        return event;
    }

    /** One valid line of text (no newline). */
    public static String line(Clock clock) {
        return JSON.writeValueAsString(bundle(clock));
    }

    /** A file of {@code count} valid lines, each ending with a newline. */
    public static String lines(Clock clock, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(line(clock)).append('\n');
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> caseOf(Map<String, Object> line) {
        return (Map<String, Object>) line.get("case");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> eventsOf(Map<String, Object> line) {
        return (List<Map<String, Object>>) line.get("events");
    }
}

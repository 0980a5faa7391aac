package org.komar.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.komar.child.ChildDetails;
import org.komar.child.Guardian;
import org.komar.child.GuardianRelationship;
import org.komar.geo.Gazetteer;
import org.komar.geo.GeoUnit;
import org.komar.shared.Cambodia;
import org.komar.timeline.EventType;

/**
 * Generates demonstration cases, seeded and deterministic: about 96% boys, most offences drug-related or theft,
 * concentrated in Phnom Penh, Siem Reap and Banteay Meanchey, some children under 14 and some with disputed ages,
 * victims, witnesses and children living with a parent in prison beside children in conflict with the law, and a
 * realistic share of safeguard breaches (custody past its limit, questioning without a lawyer, public hearings,
 * long pre-trial detention). Timelines stop at "now", so cases are found at every stage.
 */
final class DemoCaseload {

    private static final String[][] OFFENCES = {
            {"DRUG_USE", "MISDEMEANOUR", "1", "6"}, {"DRUG_POSSESSION", "MISDEMEANOUR", "6", "24"},
            {"DRUG_TRAFFICKING", "FELONY", "60", "120"}, {"PETTY_THEFT", "MISDEMEANOUR", "1", "12"},
            {"THEFT", "MISDEMEANOUR", "6", "36"}, {"AGGRAVATED_THEFT", "FELONY", "24", "60"},
            {"ROBBERY", "FELONY", "24", "120"}, {"ASSAULT", "MISDEMEANOUR", "1", "36"},
            {"INTENTIONAL_VIOLENCE", "MISDEMEANOUR", "12", "36"}, {"RAPE", "FELONY", "60", "120"},
            {"MURDER", "FELONY", "120", "180"}, {"PUBLIC_DISORDER", "PETTY", "0", "0"}};
    private static final int[] OFFENCE_WEIGHTS = {22, 20, 10, 12, 10, 6, 6, 5, 4, 2, 1, 2};
    private static final String[] PROVINCES = {"12", "17", "01", "02", "08", "03"};
    private static final int[] PROVINCE_WEIGHTS = {40, 20, 14, 10, 9, 7};

    private final Random random;
    private final Gazetteer gazetteer;
    private final Instant now;

    DemoCaseload(long seed, Gazetteer gazetteer, Instant now) {
        this.random = new Random(seed);
        this.gazetteer = gazetteer;
        this.now = now;
    }

    List<DemoCase> generate(int count) {
        List<DemoCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            if (kind < 80) {
                cases.add(inConflict());
            } else if (kind < 92) {
                cases.add(victimOrWitness(kind < 88 ? "VICTIM" : "WITNESS"));
            } else if (kind < 96) {
                cases.add(accompanying());
            } else {
                cases.add(careAndProtection());
            }
        }
        return cases;
    }

    private DemoCase inConflict() {
        String province = weighted(PROVINCES, PROVINCE_WEIGHTS);
        boolean boy = random.nextInt(100) < 96;
        Instant contact = now.minus(Duration.ofHours(random.nextInt(24 * 540) + 6));
        int ageAtOffence = random.nextInt(100) < 6 ? 12 + random.nextInt(2) : 14 + random.nextInt(4);
        LocalDate offenceDay = LocalDate.ofInstant(contact, Cambodia.ZONE);
        LocalDate birth = offenceDay.minusYears(ageAtOffence).minusDays(random.nextInt(360));
        String[] offence = weighted(OFFENCES, OFFENCE_WEIGHTS);
        if (!boy && random.nextBoolean()) {
            offence = OFFENCES[1];
        }
        String place = village(province);
        Timeline t = new Timeline(contact);
        boolean disputedAge = random.nextInt(100) < 8;
        t.add(EventType.CONTACT_REGISTERED, 0, Map.of("how", "ARREST"));
        if (disputedAge) {
            t.add(EventType.AGE_CLAIM_RECORDED, 1, Map.of("birthDate", birth.plusYears(2).toString(),
                    "precision", "YEAR", "evidence", "DECLARATION"));
        }
        t.add(EventType.ARRESTED, 0, Map.of("flagrant", random.nextInt(100) < 80, "unit", "POL-" + province));
        boolean under14 = ageAtOffence < 14;
        boolean separated = random.nextInt(100) < 85;
        t.add(EventType.CUSTODY_STARTED, 1, Map.of("unit", "POL-" + province, "separatedFromAdults", separated,
                "separatedBySex", separated, "onJuvenileList", random.nextInt(100) < 70));
        t.add(EventType.NOTIFIED, random.nextInt(4), Map.of("party", "GUARDIAN", "reached", random.nextInt(100) < 80,
                "means", "PHONE"));
        t.add(EventType.NOTIFIED, random.nextInt(6), Map.of("party", "PROSECUTOR", "reached", true, "means", "PHONE"));
        if (random.nextInt(100) < 60) {
            t.add(EventType.NOTIFIED, random.nextInt(12), Map.of("party", "SOCIAL_AGENT", "reached", true));
        }
        boolean lawyer = random.nextInt(100) < 65;
        if (lawyer) {
            t.add(EventType.NOTIFIED, random.nextInt(10), Map.of("party", "LAWYER", "reached", true));
            t.add(EventType.LAWYER_ASSIGNED, random.nextInt(20), Map.of("lawyer", "LAC duty lawyer",
                    "organisation", "LAC"));
        }
        boolean lawyerAtQuestioning = lawyer && random.nextInt(100) < 75;
        t.add(EventType.INTERROGATED, 1 + random.nextInt(3), attributes("by", "POLICE",
                "lawyerPresent", lawyerAtQuestioning, "guardianPresent", random.nextInt(100) < 55,
                "socialAgentPresent", random.nextInt(100) < 40, "childFriendlyRoom", random.nextInt(100) < 20,
                "absenceReason", lawyerAtQuestioning ? null : "No lawyer available at night"));
        boolean felony = "FELONY".equals(offence[1]);
        int custodyHours = under14 ? 4 + random.nextInt(8)
                : random.nextInt(100) < 12 ? 40 + random.nextInt(30) : 8 + random.nextInt(felony ? 30 : 20);
        t.atHoursAfterStart(custodyHours);
        boolean pettyOrWarn = "PETTY".equals(offence[1]) || under14;
        if (pettyOrWarn) {
            if (!under14) {
                t.add(EventType.POLICE_WARNING, 0, Map.of("form", random.nextBoolean() ? "WRITTEN" : "VERBAL",
                        "agreementSigned", random.nextBoolean()));
            }
            t.add(EventType.CUSTODY_ENDED, 0, Map.of("outcome", under14 ? "HANDED_TO_SOCIAL_SERVICES"
                    : "HANDED_TO_GUARDIAN"));
            t.add(EventType.REFERRED_TO_PROSECUTOR, 24, Map.of());
            t.add(EventType.CASE_CLOSED, 24 * (3 + random.nextInt(20)), Map.of("reason", under14
                    ? "Under the age of criminal responsibility (JJL 27)" : "Warning given (JJL 13)"));
            return offender(t, province, boy, birth, offence, offenceDay, place, lawyer, disputedAge);
        }
        t.add(EventType.CUSTODY_ENDED, 0, Map.of("outcome", "PRESENTED_TO_PROSECUTOR"));
        t.add(EventType.REFERRED_TO_PROSECUTOR, 0, Map.of());
        boolean misdemeanour = "MISDEMEANOUR".equals(offence[1]);
        boolean consideredByProsecutor = misdemeanour && random.nextInt(100) < 70;
        boolean diverted = consideredByProsecutor && random.nextInt(100) < 30;
        if (consideredByProsecutor) {
            t.add(EventType.DIVERSION_CONSIDERED, 2 + random.nextInt(20), Map.of("by", "PROSECUTOR",
                    "decision", diverted ? "DIVERTED" : "NOT_DIVERTED",
                    "reason", diverted ? "First offence, confessed, family support" : "Repeat offence"));
        }
        if (diverted) {
            diversion(t, ageAtOffence >= 16 && !disputedAge);
            return offender(t, province, boy, birth, offence, offenceDay, place, lawyer, disputedAge);
        }
        t.add(EventType.CHARGED, 24 + random.nextInt(48), Map.of());
        boolean detained = random.nextInt(100) < 55;
        if (random.nextInt(100) < 45) {
            t.add(EventType.SOCIAL_INQUIRY_REQUESTED, 2, Map.of());
            t.add(EventType.SOCIAL_INQUIRY_SUBMITTED, 24 * (5 + random.nextInt(20)), Map.of("author", "DoSVY",
                    "sufficient", random.nextInt(100) < 80));
        }
        String prison = DemoAgencies.prisonFor(province);
        int ptdDays = 0;
        if (detained) {
            t.add(EventType.PRETRIAL_DETENTION_ORDERED, 4, Map.of("facility", prison,
                    "grounds", List.of(random.nextBoolean() ? "ENSURE_PRESENCE" : "REOFFENDING"),
                    "reasoned", random.nextInt(100) < 70));
            t.add(EventType.PLACED, 6, Map.of("facility", prison, "facilityType",
                    "CC2".equals(prison) ? "CORRECTION_CENTRE" : "PRISON", "section", "PRETRIAL",
                    "separatedFromAdults", random.nextInt(100) < 60));
            ptdDays = (felony ? 60 : 30) + random.nextInt(felony ? 180 : 120);
            int visits = random.nextInt(4);
            for (int v = 0; v < visits; v++) {
                t.add(EventType.FAMILY_CONTACT, 24 * (5 + random.nextInt(25)), Map.of("kind", "VISIT"));
            }
        } else {
            t.add(EventType.JUDICIAL_SUPERVISION_ORDERED, 4, Map.of("obligations", "Live with parents; report monthly"));
        }
        if (misdemeanour && random.nextInt(100) < 50) {
            boolean ijDiverts = random.nextInt(100) < 25;
            t.add(EventType.DIVERSION_CONSIDERED, 24 * 7, Map.of("by", "INVESTIGATING_JUDGE",
                    "decision", ijDiverts ? "DIVERTED" : "NOT_DIVERTED"));
            if (ijDiverts) {
                if (detained) {
                    t.add(EventType.PRETRIAL_DETENTION_ENDED, 2, Map.of("reason", "Diversion (JJL 38)"));
                    t.add(EventType.RELEASED, 2, Map.of("reason", "DIVERSION"));
                }
                diversion(t, ageAtOffence >= 16 && !disputedAge);
                return offender(t, province, boy, birth, offence, offenceDay, place, lawyer, disputedAge);
            }
        }
        t.atDaysAfterLast(detained ? ptdDays : 60 + random.nextInt(120));
        boolean keepDetained = detained && random.nextInt(100) < 80;
        t.add(EventType.CLOSING_ORDER, 0, Map.of("keepsDetained", keepDetained, "outcome", "SENT_TO_TRIAL"));
        if (detained && !keepDetained) {
            t.add(EventType.PRETRIAL_DETENTION_ENDED, 1, Map.of("reason", "Closing order"));
            t.add(EventType.RELEASED, 1, Map.of("reason", "BAIL"));
        }
        boolean inCamera = random.nextInt(100) < 70;
        t.add(EventType.HEARING_HELD, 24 * (20 + random.nextInt(80)), Map.of("court", "CFI-" + province,
                "inCamera", inCamera, "judgmentInPublic", !inCamera || random.nextInt(100) < 40,
                "lawyerPresent", random.nextInt(100) < 90, "immediateAppearance", false,
                "screenOrVideoUsed", random.nextInt(100) < 10));
        boolean convicted = random.nextInt(100) < 85;
        t.add(EventType.VERDICT, 24 * 14, Map.of("outcome", convicted ? "CONVICTED" : "ACQUITTED"));
        if (convicted) {
            boolean custodial = random.nextInt(100) < 70;
            int months = custodial ? 6 + random.nextInt(felony ? 60 : 24) : 0;
            t.add(EventType.SENTENCED, 0, attributes("custodial", custodial, "months", custodial ? months : null,
                    "suspended", !custodial));
            if (detained && keepDetained) {
                t.add(EventType.PRETRIAL_DETENTION_ENDED, 0, Map.of("reason", "Sentenced"));
            }
            if (custodial && random.nextInt(100) < 25) {
                t.add(EventType.APPEAL_FILED, 24 * 5, Map.of());
                t.add(EventType.APPEAL_FILE_TRANSMITTED, 24 * (5 + random.nextInt(20)), Map.of());
                t.add(EventType.APPEAL_HEARD, 24 * (30 + random.nextInt(90)), Map.of());
            }
            if (custodial && detained && keepDetained) {
                if (random.nextInt(100) < 30) {
                    t.add(EventType.TRANSFERRED, 24 * 10, Map.of("from", prison, "to", "YRC-08"));
                }
                t.atDaysAfterLast(Math.max(30, months * 30 - ptdDays));
                t.add(EventType.RELEASED, 0, Map.of("reason", "END_OF_SENTENCE"));
                aftercare(t);
            } else if (detained && keepDetained) {
                t.add(EventType.RELEASED, 2, Map.of("reason", "OTHER"));
            }
        } else if (detained && keepDetained) {
            t.add(EventType.PRETRIAL_DETENTION_ENDED, 0, Map.of("reason", "Acquitted"));
            t.add(EventType.RELEASED, 1, Map.of("reason", "ACQUITTAL"));
        }
        t.add(EventType.CASE_CLOSED, 24 * 30, Map.of("reason", "Proceedings ended"));
        return offender(t, province, boy, birth, offence, offenceDay, place, lawyer, disputedAge);
    }

    /** Community service only where JJL 65 allows it: 16 or more at the offence by every claim of the child's age. */
    private void diversion(Timeline t, boolean communityServiceAllowed) {
        List<Map<String, Object>> measures = new ArrayList<>();
        measures.add(Map.of("type", "SCHOOL_ATTENDANCE", "months", 3 + random.nextInt(4)));
        if (communityServiceAllowed && random.nextBoolean()) {
            measures.add(Map.of("type", "COMMUNITY_SERVICE", "hours", 20 + random.nextInt(60)));
        } else {
            measures.add(Map.of("type", "FAMILY_TIME", "months", 2 + random.nextInt(4)));
        }
        t.add(EventType.DIVERSION_ORDERED, 24, Map.of("by", "PROSECUTOR", "measures", measures));
        t.add(EventType.DIVERSION_PLAN_DECIDED, 24 * (10 + random.nextInt(30)), Map.of());
        int outcome = random.nextInt(100);
        if (outcome < 15) {
            t.add(EventType.DIVERSION_NONCOMPLIANCE_REPORTED, 24 * 45, Map.of());
            t.add(EventType.DIVERSION_HEARING_HELD, 24 * (5 + random.nextInt(15)), Map.of());
            t.add(EventType.DIVERSION_FAILED, 24, Map.of());
        } else {
            if (outcome < 35) {
                t.add(EventType.DIVERSION_MODIFICATION_REQUESTED, 24 * 40, Map.of());
                t.add(EventType.DIVERSION_MODIFICATION_DECIDED, 24 * (2 + random.nextInt(6)), Map.of());
            }
            t.add(EventType.DIVERSION_COMPLETED, 24 * 120, Map.of());
            t.add(EventType.CASE_CLOSED, 24 * 3, Map.of("reason", "Diversion completed"));
        }
    }

    private void aftercare(Timeline t) {
        if (random.nextInt(100) < 45) {
            t.add(EventType.AFTERCARE_STARTED, 24 * 2, Map.of("service", "Reintegration"));
            int contacts = 1 + random.nextInt(4);
            for (int i = 0; i < contacts; i++) {
                t.add(EventType.AFTERCARE_CONTACT, 24 * (15 + random.nextInt(30)), Map.of("service", "Follow-up visit"));
            }
            t.add(EventType.SERVICE_PROVIDED, 24 * 7, Map.of("kind", random.nextBoolean() ? "VOCATIONAL"
                    : "DRUG_COUNSELLING"));
        }
    }

    private DemoCase victimOrWitness(String role) {
        String province = weighted(PROVINCES, PROVINCE_WEIGHTS);
        boolean boy = random.nextInt(100) < 45;
        Instant contact = now.minus(Duration.ofHours(random.nextInt(24 * 400) + 6));
        LocalDate day = LocalDate.ofInstant(contact, Cambodia.ZONE);
        LocalDate birth = day.minusYears(8 + random.nextInt(10)).minusDays(random.nextInt(360));
        Timeline t = new Timeline(contact);
        t.add(EventType.CONTACT_REGISTERED, 0, Map.of("how", "COMPLAINT"));
        t.add(EventType.STATEMENT_TAKEN, 24 + random.nextInt(48), Map.of("childFriendlyRoom", random.nextInt(100) < 40,
                "forensicInterview", random.nextInt(100) < 20, "supportPersonPresent", random.nextInt(100) < 70));
        t.add(EventType.SERVICE_PROVIDED, 24 * 3, Map.of("kind", "PSYCHOSOCIAL"));
        String[] offence = "VICTIM".equals(role) ? new String[] {random.nextBoolean() ? "RAPE" : "CHILD_ABUSE",
                "FELONY"} : OFFENCES[random.nextInt(OFFENCES.length)];
        if (random.nextInt(100) < 50) {
            t.add(EventType.CASE_CLOSED, 24 * 90, Map.of("reason", "Proceedings ended"));
        }
        return new DemoCase(child(boy, birth, province), province, role, offence[0], offence[1], null, null, day,
                village(province), t.steps, List.of("DOSVY-" + province, "POL-" + province), false);
    }

    private DemoCase accompanying() {
        Instant placed = now.minus(Duration.ofDays(random.nextInt(700) + 10));
        LocalDate birth = LocalDate.ofInstant(placed, Cambodia.ZONE).minusMonths(random.nextInt(30));
        Timeline t = new Timeline(placed);
        t.add(EventType.PLACED, 0, Map.of("facility", "CC2", "facilityType", "CORRECTION_CENTRE",
                "section", "MOTHERS", "separatedFromAdults", false, "withCaregiver", true));
        t.add(EventType.SERVICE_PROVIDED, 24 * 30, Map.of("kind", "MEDICAL"));
        ChildDetails child = child(random.nextBoolean(), birth, "12");
        return new DemoCase(child, "12", "ACCOMPANYING_CAREGIVER", null, null, null, null, null, village("12"),
                t.steps, List.of("CC2", "DOSVY-12"), false);
    }

    private DemoCase careAndProtection() {
        String province = weighted(PROVINCES, PROVINCE_WEIGHTS);
        Instant contact = now.minus(Duration.ofDays(random.nextInt(400) + 3));
        LocalDate birth = LocalDate.ofInstant(contact, Cambodia.ZONE).minusYears(6 + random.nextInt(10));
        Timeline t = new Timeline(contact);
        t.add(EventType.CONTACT_REGISTERED, 0, Map.of("how", "REFERRAL"));
        t.add(EventType.SERVICE_PROVIDED, 24 * 2, Map.of("kind", "FAMILY_SUPPORT"));
        return new DemoCase(child(random.nextBoolean(), birth, province), province, "CARE_AND_PROTECTION", null, null,
                null, null, null, village(province), t.steps, List.of("DOSVY-" + province, "POL-" + province), false);
    }

    private DemoCase offender(Timeline t, String province, boolean boy, LocalDate birth, String[] offence,
                              LocalDate offenceDay, String place, boolean lawyer, boolean disputedAge) {
        List<String> parties = new ArrayList<>(List.of("PRO-" + province, "CFI-" + province, "DOSVY-" + province));
        if (t.has(EventType.PLACED)) {
            parties.add(DemoAgencies.prisonFor(province));
        }
        if (t.has(EventType.TRANSFERRED)) {
            parties.add("YRC-08");
        }
        if (t.has(EventType.AFTERCARE_STARTED) || t.has(EventType.SERVICE_PROVIDED)) {
            parties.add("17".equals(province) ? "THISLIFE" : "FRIENDS");
        }
        if (t.has(EventType.APPEAL_FILED)) {
            parties.add("CA");
        }
        if (t.has(EventType.HEARING_HELD) && random.nextInt(100) < 30) {
            parties.add("CCHR");
        }
        ChildDetails child = child(boy, birth, province);
        if (disputedAge) {
            child = new ChildDetails(child.nameLatin(), child.nameKhmer(), child.sex(), birth, "YEAR",
                    "DECLARATION", child.residence(), child.disability(), child.disabilityNote(), child.ethnicity(),
                    child.nationality(), child.languages(), child.guardians());
        }
        Integer min = Integer.valueOf(offence[2]);
        Integer max = Integer.valueOf(offence[3]);
        return new DemoCase(child, province, "CONFLICT_WITH_LAW", offence[0], offence[1], min == 0 ? null : min,
                max == 0 ? null : max, offenceDay, place, t.steps, parties, lawyer);
    }

    private ChildDetails child(boolean boy, LocalDate birth, String province) {
        DemoNames.Name family = DemoNames.FAMILY.get(random.nextInt(DemoNames.FAMILY.size()));
        List<DemoNames.Name> given = boy ? DemoNames.BOYS : DemoNames.GIRLS;
        DemoNames.Name name = given.get(random.nextInt(given.size()));
        int e = random.nextInt(100);
        String ethnicity = e < 88 ? "KHMER" : e < 93 ? "CHAM" : e < 96 ? "VIETNAMESE" : e < 98 ? "BUNONG" : "KUY";
        String nationality = "VIETNAMESE".equals(ethnicity) && random.nextBoolean() ? "STATELESS" : "KH";
        boolean disability = random.nextInt(100) < 5;
        DemoNames.Name parentFamily = family;
        Guardian guardian = new Guardian(parentFamily.latin() + " " + (random.nextBoolean() ? "Srey" : "Sophorn"),
                random.nextInt(100) < 70 ? GuardianRelationship.MOTHER : GuardianRelationship.GRANDPARENT,
                "0" + (10 + random.nextInt(89)) + " " + (100 + random.nextInt(899)) + " " + (100 + random.nextInt(899)),
                null);
        return new ChildDetails(family.latin() + " " + name.latin(), family.khmer() + " " + name.khmer(),
                boy ? "M" : "F", birth, "DAY", random.nextInt(100) < 60 ? "BIRTH_CERTIFICATE" : "FAMILY_BOOK",
                village(province), disability, disability ? "Hearing impairment" : null, ethnicity, nationality,
                "CHAM".equals(ethnicity) ? List.of("km", "cja") : List.of("km"), List.of(guardian));
    }

    private String village(String province) {
        List<GeoUnit> districts = gazetteer.children(province, false);
        GeoUnit district = districts.get(random.nextInt(districts.size()));
        List<GeoUnit> communes = gazetteer.children(district.code(), false);
        if (communes.isEmpty()) {
            return district.code();
        }
        GeoUnit commune = communes.get(random.nextInt(communes.size()));
        List<GeoUnit> villages = gazetteer.children(commune.code(), false);
        return villages.isEmpty() ? commune.code() : villages.get(random.nextInt(villages.size())).code();
    }

    private <T> T weighted(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static Map<String, Object> attributes(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    /** Builds a timeline forward in time and drops whatever would lie after "now". */
    private final class Timeline {

        private final List<DemoCase.Step> steps = new ArrayList<>();
        private final Instant start;
        private Instant cursor;

        Timeline(Instant start) {
            this.start = start;
            this.cursor = start;
        }

        void add(EventType type, int hoursLater, Map<String, Object> attributes) {
            cursor = cursor.plus(Duration.ofHours(hoursLater)).plus(Duration.ofMinutes(random.nextInt(50)));
            if (cursor.isBefore(now)) {
                steps.add(new DemoCase.Step(type, OffsetDateTime.ofInstant(cursor, Cambodia.ZONE), attributes));
            }
        }

        void atHoursAfterStart(int hours) {
            Instant target = start.plus(Duration.ofHours(hours));
            cursor = target.isAfter(cursor) ? target : cursor;
        }

        void atDaysAfterLast(int days) {
            cursor = cursor.plus(Duration.ofDays(days));
        }

        boolean has(EventType type) {
            return steps.stream().anyMatch(step -> step.type() == type);
        }
    }
}

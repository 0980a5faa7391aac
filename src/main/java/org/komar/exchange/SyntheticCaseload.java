package org.komar.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.komar.geo.GeoUnit;
import org.komar.geo.ShippedGazetteer;
import org.komar.shared.TimeOrderedIds;

/**
 * A synthetic caseload in the exchange format: as many case bundles as asked, seeded and deterministic (the same
 * seed, size and end moment give the same file, byte for byte; case {@code i} depends only on the seed, {@code i}
 * and the end, so a file of {@code n} cases begins with the file of any smaller size), written as a stream in
 * constant memory. Proportions follow LAW.md section 5: about 96% boys among children in conflict with the law;
 * more than half of them (and of those detained) on drug offences; about half of the children detained at the end
 * in pre-trial detention; offences concentrated in Phnom Penh, Siem Reap and Banteay Meanchey; some children under
 * 14, some with a disputed age (a second birth-date claim); victims, witnesses, children living with a mother in
 * prison and children in care beside children in conflict with the law; a realistic share of safeguard breaches
 * (custody past its limit, a lawyer late or absent at questioning, pre-trial detention past its limit, public
 * hearings, custody of children under 14); names in Khmer and Latin script; about fifteen events per case.
 * Agencies are those of the demonstration ({@link #agencyCodes()}), facilities those of the national register,
 * places those of the shipped gazetteer. Cases start within three years before the end and stop there, so that
 * they are found at every stage.
 */
public final class SyntheticCaseload {

    /** The end when none is given: a fixed moment, so that a seed and a size alone fix the file. */
    public static final Instant DEFAULT_UNTIL = OffsetDateTime.parse("2026-12-01T00:00:00+07:00").toInstant();
    private static final ZoneOffset CAMBODIA = ZoneOffset.ofHours(7);
    private static final int WINDOW_DAYS = 3 * 365;
    /** The moment of the first case's ids (2025-01-01); each later case's are one millisecond later. */
    private static final long ID_EPOCH = 1_735_689_600_000L;

    /** Provinces with a full chain of agencies, and their weight in the caseload. */
    static final String[] PROVINCES = {"12", "17", "01", "02", "08", "03"};
    private static final int[] PROVINCE_WEIGHTS = {40, 20, 14, 10, 9, 7};

    /** Code, class, minimum and maximum penalty in months (0: none known), weight for boys, weight for girls. */
    private static final Object[][] OFFENCES = {
            {"DRUG_USE", "MISDEMEANOUR", 1, 6, 15, 30},
            {"DRUG_POSSESSION", "MISDEMEANOUR", 6, 24, 24, 35},
            {"DRUG_TRAFFICKING", "FELONY", 60, 120, 15, 12},
            {"PETTY_THEFT", "MISDEMEANOUR", 1, 12, 6, 6},
            {"THEFT", "MISDEMEANOUR", 6, 36, 10, 6},
            {"AGGRAVATED_THEFT", "FELONY", 24, 60, 5, 2},
            {"ROBBERY", "FELONY", 24, 120, 6, 1},
            {"ASSAULT", "MISDEMEANOUR", 1, 36, 4, 2},
            {"INTENTIONAL_VIOLENCE", "MISDEMEANOUR", 12, 36, 4, 2},
            {"AGGRAVATED_VIOLENCE", "FELONY", 60, 120, 2, 0},
            {"RAPE", "FELONY", 60, 120, 2, 0},
            {"MURDER", "FELONY", 120, 180, 1, 0},
            {"PROPERTY_DAMAGE", "MISDEMEANOUR", 1, 24, 2, 1},
            {"ONLINE_INCITEMENT", "MISDEMEANOUR", 6, 24, 1, 2},
            {"PUBLIC_DISORDER", "PETTY", 0, 0, 3, 1},
            {"TRAFFIC_OFFENCE", "PETTY", 0, 0, 2, 0}};
    private static final Object[][] VICTIM_OFFENCES = {
            {"RAPE", "FELONY", 35}, {"CHILD_ABUSE", "FELONY", 25}, {"HUMAN_TRAFFICKING", "FELONY", 15},
            {"SEXUAL_ASSAULT", "MISDEMEANOUR", 15}, {"AGGRAVATED_VIOLENCE", "FELONY", 10}};

    private static volatile Map<String, List<String>> villagesByProvince;

    private final long seed;
    private final Instant until;
    private final Map<String, List<String>> villages;

    public SyntheticCaseload(long seed, Instant until) {
        this.seed = seed;
        this.until = until;
        this.villages = villages();
    }

    public SyntheticCaseload(long seed) {
        this(seed, DEFAULT_UNTIL);
    }

    /** Every agency code a generated case may name (as owner, party, unit or court). */
    public static Set<String> agencyCodes() {
        Set<String> codes = new TreeSet<>(Set.of("CC2", "YRC-08", "LAC", "THISLIFE", "FRIENDS", "CCHR", "CA"));
        for (String province : PROVINCES) {
            codes.addAll(List.of("POL-" + province, "PRO-" + province, "CFI-" + province, "DOSVY-" + province,
                    prisonFor(province)));
        }
        return codes;
    }

    /** Writes cases {@code 0 … count-1}, one line each, UTF-8, in constant memory. */
    public void write(long count, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (long i = 0; i < count; i++) {
                writer.write(ExchangeJson.write(bundle(i)));
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Case {@code index} of the caseload. */
    public ExchangeBundle bundle(long index) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        boolean reoffenceDraw = random.nextInt(100) < 6;
        int kind = random.nextInt(100);
        if (kind < 80) {
            if (reoffenceDraw && index > 0) {
                ExchangeBundle earlier = bundle(index - 1);
                if (earlier.kase() != null && "CONFLICT_WITH_LAW".equals(earlier.kase().role())
                        && !firstDrawIsReoffence(index - 1) && released(earlier)) {
                    return new Case(random, index).reoffence(earlier);
                }
            }
            return new Case(random, index).inConflict();
        }
        if (kind < 89) {
            return new Case(random, index).victimOrWitness("VICTIM");
        }
        if (kind < 94) {
            return new Case(random, index).victimOrWitness("WITNESS");
        }
        if (kind < 96) {
            return new Case(random, index).accompanying();
        }
        return new Case(random, index).careAndProtection();
    }

    private boolean firstDrawIsReoffence(long index) {
        return new SplittableRandom(mix(seed, index)).nextInt(100) < 6;
    }

    private static boolean released(ExchangeBundle bundle) {
        return bundle.events().stream().anyMatch(e -> e.type().equals("CASE_CLOSED") || e.type().equals("RELEASED"));
    }

    static String prisonFor(String province) {
        return switch (province) {
            case "17" -> "PRI-17";
            case "01" -> "PRI-01";
            case "02" -> "PRI-02";
            case "03" -> "PRI-03";
            default -> "CC2";
        };
    }

    private static String shelterFor(String province) {
        return switch (province) {
            case "17" -> "SH-17";
            case "01" -> "SH-01";
            default -> "SH-12";
        };
    }

    private static String careFor(String province) {
        return switch (province) {
            case "17" -> "RC-17";
            case "02" -> "RC-02";
            default -> "RC-12";
        };
    }

    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Map<String, List<String>> villages() {
        Map<String, List<String>> loaded = villagesByProvince;
        if (loaded == null) {
            synchronized (SyntheticCaseload.class) {
                if (villagesByProvince == null) {
                    Map<String, List<String>> byProvince = new HashMap<>();
                    for (GeoUnit unit : ShippedGazetteer.units()) {
                        if (unit.level() == 4 && !unit.retired()) {
                            byProvince.computeIfAbsent(unit.provinceCode(), k -> new ArrayList<>()).add(unit.code());
                        }
                    }
                    byProvince.values().forEach(list -> list.sort(Comparator.naturalOrder()));
                    villagesByProvince = Map.copyOf(byProvince);
                }
                loaded = villagesByProvince;
            }
        }
        return loaded;
    }

    /** One case being made, with its own random stream. */
    private final class Case {

        private final SplittableRandom random;
        private final long idMillis;
        private int idSequence;
        private final List<ExchangeBundle.Event> events = new ArrayList<>();
        private final List<String> parties = new ArrayList<>();
        private Instant start;
        private Instant cursor;

        Case(SplittableRandom random, long index) {
            this.random = random;
            this.idMillis = ID_EPOCH + index;
        }

        // ---- children in conflict with the law

        ExchangeBundle inConflict() {
            String province = weighted(PROVINCES, PROVINCE_WEIGHTS);
            boolean boy = random.nextInt(100) < 96;
            Object[] offence = offence(boy);
            int ageAtOffence = random.nextInt(100) < 6 ? 12 + random.nextInt(2)
                    : random.nextInt(100) < 36 ? 14 + random.nextInt(2) : 16 + random.nextInt(2);
            begin(Duration.ofDays(WINDOW_DAYS));
            LocalDate offenceDay = day(start);
            LocalDate birth = offenceDay.minusYears(ageAtOffence).minusDays(1 + random.nextInt(360));
            boolean disputed = random.nextInt(100) < 8;
            return offender(province, boy, birth, offence, offenceDay, ageAtOffence, disputed, null);
        }

        /** A new case of the child of an earlier case, for an offence after that case ended. */
        ExchangeBundle reoffence(ExchangeBundle earlier) {
            Instant ended = Instant.parse(earlier.events().get(earlier.events().size() - 1).recordedAt());
            Instant from = ended.plus(Duration.ofDays(20 + random.nextInt(300)));
            if (!from.isBefore(until.minus(Duration.ofDays(2)))) {
                return inConflict();
            }
            ExchangeBundle.Child child = earlier.child();
            String province = earlier.kase().province();
            boolean boy = "M".equals(child.sex());
            Object[] offence = offence(boy);
            start = from;
            cursor = from;
            LocalDate offenceDay = day(start);
            LocalDate claimed = LocalDate.parse(child.birthDate());
            // The youngest reading of the registered claim, as the law reads an imprecise one (JJL 9).
            LocalDate birth = switch (child.birthDatePrecision()) {
                case "YEAR" -> LocalDate.of(claimed.getYear(), 12, 31);
                case "MONTH" -> claimed.withDayOfMonth(claimed.lengthOfMonth());
                default -> claimed;
            };
            int age = java.time.Period.between(birth, offenceDay).getYears();
            if (age >= 18) {
                return inConflict();
            }
            return offender(province, boy, birth, offence, offenceDay, age, false, child);
        }

        private ExchangeBundle offender(String province, boolean boy, LocalDate birth, Object[] offence,
                                        LocalDate offenceDay, int ageAtOffence, boolean disputed,
                                        ExchangeBundle.Child knownChild) {
            String offenceClass = (String) offence[1];
            boolean felony = "FELONY".equals(offenceClass);
            boolean misdemeanour = "MISDEMEANOUR".equals(offenceClass);
            boolean under14 = ageAtOffence < 14;
            String police = "POL-" + province;
            parties.add(police);
            add("CONTACT_REGISTERED", 0, attrs("agency", police, "how", random.nextInt(100) < 85 ? "ARREST"
                    : "COMPLAINT"));
            if (disputed) {
                add("AGE_CLAIM_RECORDED", 1, attrs("birthDate", birth.plusYears(1 + random.nextInt(2)).toString(),
                        "precision", "YEAR", "evidence", random.nextBoolean() ? "FAMILY_BOOK" : "MEDICAL"));
            }
            boolean held = !under14 || random.nextInt(100) < 20;
            if (held) {
                add("ARRESTED", 0, attrs("flagrant", random.nextInt(100) < 80, "unit", police));
                boolean separated = random.nextInt(100) < 85;
                add("CUSTODY_STARTED", 0, attrs("unit", police, "separatedFromAdults", separated,
                        "separatedBySex", separated, "onJuvenileList", random.nextInt(100) < 75));
            }
            add("NOTIFIED", random.nextInt(4), attrs("party", "GUARDIAN", "reached", random.nextInt(100) < 80,
                    "means", "PHONE"));
            if (random.nextInt(100) < 75) {
                add("NOTIFIED", random.nextInt(3), attrs("party", "PROSECUTOR", "reached", true, "means", "PHONE"));
            }
            if (random.nextInt(100) < 45) {
                add("NOTIFIED", random.nextInt(6), attrs("party", "SOCIAL_AGENT", "reached", true));
            }
            boolean lawyer = random.nextInt(100) < 80;
            boolean lawyerLate = lawyer && random.nextInt(100) < 25;
            if (lawyer && !lawyerLate) {
                if (random.nextBoolean()) {
                    add("NOTIFIED", random.nextInt(4), attrs("party", "LAWYER", "reached", true));
                }
                add("LAWYER_ASSIGNED", random.nextInt(6), attrs("lawyer", "LAC duty lawyer", "organisation", "LAC"));
                parties.add("LAC");
            }
            boolean lawyerAtQuestioning = lawyer && !lawyerLate && random.nextInt(100) < 90;
            add("INTERROGATED", 1 + random.nextInt(3), attrs("by", "POLICE", "lawyerPresent", lawyerAtQuestioning,
                    "guardianPresent", random.nextInt(100) < 60, "socialAgentPresent", random.nextInt(100) < 45,
                    "childFriendlyRoom", random.nextInt(100) < 25,
                    "absenceReason", lawyerAtQuestioning ? null : "No lawyer available"));
            if (held) {
                int limit = ageAtOffence < 16 ? (felony ? 36 : 24) : (felony ? 48 : 36);
                if (!under14 && random.nextInt(100) < 2) {
                    add("CUSTODY_EXTENDED", 2, attrs("by", "Prosecutor", "hours", 24));
                }
                int hours = under14 ? 3 + random.nextInt(10) : random.nextInt(100) < 10
                        ? limit + 2 + random.nextInt(30) : 6 + random.nextInt(limit - 8);
                atHoursAfterStart(hours);
            }
            boolean petty = "PETTY".equals(offenceClass);
            if (under14 || petty) {
                if (petty) {
                    add("POLICE_WARNING", 0, attrs("form", random.nextBoolean() ? "WRITTEN" : "VERBAL",
                            "agreementSigned", random.nextBoolean()));
                }
                if (held) {
                    add("CUSTODY_ENDED", 0, attrs("outcome", under14 ? "HANDED_TO_SOCIAL_SERVICES"
                            : "HANDED_TO_GUARDIAN"));
                }
                add("REFERRED_TO_PROSECUTOR", 20, attrs());
                if (under14) {
                    parties.add("DOSVY-" + province);
                    add("SERVICE_PROVIDED", 24 * (1 + random.nextInt(10)), attrs("kind", "FAMILY_SUPPORT"));
                }
                add("CASE_CLOSED", 24 * (3 + random.nextInt(20)), attrs("reason", under14
                        ? "Under the age of criminal responsibility (JJL 27)" : "Warning given (JJL 13)"));
                return bundle(province, boy, birth, disputed, offence, offenceDay, police, knownChild);
            }
            add("CUSTODY_ENDED", 0, attrs("outcome", "PRESENTED_TO_PROSECUTOR"));
            add("REFERRED_TO_PROSECUTOR", 0, attrs());
            if (lawyerLate) {
                atHoursAfterStart(24 + random.nextInt(48));
                add("LAWYER_ASSIGNED", 0, attrs("lawyer", "LAC duty lawyer", "organisation", "LAC"));
                parties.add("LAC");
            }
            parties.add("PRO-" + province);
            boolean considered = misdemeanour && random.nextInt(100) < 75;
            boolean diverted = considered && random.nextInt(100) < 35;
            if (considered) {
                add("DIVERSION_CONSIDERED", 2 + random.nextInt(20), attrs("by", "PROSECUTOR",
                        "decision", diverted ? "DIVERTED" : "NOT_DIVERTED",
                        "reasons", List.of(diverted ? "CONDITIONS_MET" : "SERIOUSNESS")));
            }
            if (diverted) {
                parties.add("DOSVY-" + province);
                diversion("PROSECUTOR", ageAtOffence >= 16 && !disputed);
                return bundle(province, boy, birth, disputed, offence, offenceDay, police, knownChild);
            }
            add("CHARGED", 24 + random.nextInt(48), attrs());
            parties.add("CFI-" + province);
            int max = (Integer) offence[3];
            boolean eligible = felony || max >= 12;
            boolean drug = ((String) offence[0]).startsWith("DRUG_");
            boolean detained = eligible ? random.nextInt(100) < (drug ? 72 : 55) : random.nextInt(100) < 4;
            boolean inquiry = random.nextInt(100) < 40;
            if (inquiry) {
                parties.add("DOSVY-" + province);
                add("SOCIAL_INQUIRY_REQUESTED", 2, attrs("purpose", "PRETRIAL_DETENTION"));
                add("SOCIAL_INQUIRY_SUBMITTED", 24 * (3 + random.nextInt(12)), attrs("author", "DoSVY",
                        "sufficient", random.nextInt(100) < 80));
            }
            String prison = prisonFor(province);
            int ptdDays = 0;
            if (detained) {
                parties.add(prison);
                add("PRETRIAL_DETENTION_ORDERED", 4, attrs("facility", prison, "grounds",
                        List.of(random.nextBoolean() ? "ENSURE_PRESENCE" : "REOFFENDING"),
                        "reasoned", random.nextInt(100) < 75));
                add("PLACED", 5, attrs("facility", prison, "facilityType", "CC2".equals(prison)
                        ? "CORRECTION_CENTRE" : "PRISON", "section", "PRETRIAL",
                        "separatedFromAdults", random.nextInt(100) < 65));
                int limitMonths = ageAtOffence < 16 ? (felony ? 4 : 2) : (felony ? 6 : 4);
                int limitDays = limitMonths * 30;
                ptdDays = random.nextInt(100) < 10 ? limitDays + 5 + random.nextInt(60)
                        : limitDays / 2 + random.nextInt(limitDays / 2 - 3);
                visits(ptdDays);
                if (random.nextInt(100) < 20) {
                    add("RELEASE_REQUESTED", 24 * 10, attrs("before", "INVESTIGATING_JUDGE"));
                    add("RELEASE_DECIDED", 24 * (2 + random.nextInt(6)), attrs("granted", false));
                }
            } else {
                add("JUDICIAL_SUPERVISION_ORDERED", 4, attrs("obligations", "Live with parents; report monthly"));
            }
            if (misdemeanour && random.nextInt(100) < 40) {
                boolean ijDiverts = random.nextInt(100) < 30;
                add("DIVERSION_CONSIDERED", 24 * 7, attrs("by", "INVESTIGATING_JUDGE",
                        "decision", ijDiverts ? "DIVERTED" : "NOT_DIVERTED"));
                if (ijDiverts) {
                    if (detained) {
                        add("PRETRIAL_DETENTION_ENDED", 2, attrs("reason", "Diversion (JJL 38)"));
                        add("RELEASED", 2, attrs("reason", "DIVERSION"));
                    }
                    parties.add("DOSVY-" + province);
                    diversion("INVESTIGATING_JUDGE", ageAtOffence >= 16 && !disputed);
                    return bundle(province, boy, birth, disputed, offence, offenceDay, police, knownChild);
                }
            }
            atDaysAfterStart(detained ? ptdDays : 60 + random.nextInt(150));
            boolean keepDetained = detained && random.nextInt(100) < 85;
            add("CLOSING_ORDER", 0, attrs("keepsDetained", keepDetained, "outcome", "SENT_TO_TRIAL"));
            if (detained && !keepDetained) {
                add("PRETRIAL_DETENTION_ENDED", 1, attrs("reason", "Closing order"));
                add("RELEASED", 1, attrs("reason", "BAIL"));
            }
            boolean inCamera = random.nextInt(100) < 88;
            boolean monitored = random.nextInt(100) < 25;
            if (monitored) {
                parties.add("CCHR");
            }
            add("HEARING_HELD", 24 * (10 + random.nextInt(35)), attrs("court", "CFI-" + province,
                    "inCamera", inCamera, "judgmentInPublic", !inCamera && random.nextInt(100) < 60,
                    "lawyerPresent", random.nextInt(100) < 92, "immediateAppearance", false,
                    "screenOrVideoUsed", random.nextInt(100) < 8, "guardianPresent", random.nextInt(100) < 70,
                    "socialAgentPresent", random.nextInt(100) < 55));
            boolean convicted = random.nextInt(100) < 85;
            add("VERDICT", 24 * (7 + random.nextInt(14)), attrs("outcome", convicted ? "CONVICTED" : "ACQUITTED"));
            if (!convicted) {
                if (keepDetained) {
                    add("PRETRIAL_DETENTION_ENDED", 0, attrs("reason", "Acquitted"));
                    add("RELEASED", 1, attrs("reason", "ACQUITTAL"));
                }
                add("CASE_CLOSED", 24 * 30, attrs("reason", "Acquitted"));
                return bundle(province, boy, birth, disputed, offence, offenceDay, police, knownChild);
            }
            boolean custodial = random.nextInt(100) < (felony ? 30 : 15);
            int months = custodial ? (felony ? 6 + random.nextInt(19) : 3 + random.nextInt(10)) : 0;
            add("SENTENCED", 0, attrs("custodial", custodial, "months", custodial ? months : null,
                    "suspended", !custodial));
            if (keepDetained) {
                add("PRETRIAL_DETENTION_ENDED", 0, attrs("reason", "Sentenced"));
            }
            boolean appeal = custodial && random.nextInt(100) < 20;
            if (appeal) {
                parties.add("CA");
                add("APPEAL_FILED", 24 * 5, attrs());
                add("APPEAL_FILE_TRANSMITTED", 24 * (4 + random.nextInt(15)), attrs());
                add("APPEAL_HEARD", 24 * (30 + random.nextInt(80)), attrs());
            }
            if (custodial) {
                if (!keepDetained) {
                    parties.add(prison);
                    add("PLACED", 24 * 3, attrs("facility", prison, "facilityType", "CC2".equals(prison)
                            ? "CORRECTION_CENTRE" : "PRISON", "section", "CONVICTED",
                            "separatedFromAdults", random.nextInt(100) < 65));
                }
                if (random.nextInt(100) < 25) {
                    parties.add("YRC-08");
                    add("TRANSFERRED", 24 * 10, attrs("from", prison, "to", "YRC-08",
                            "toFacilityType", "YOUTH_REHABILITATION_CENTRE"));
                }
                int served = keepDetained ? ptdDays : 0;
                int remaining = Math.max(10, months * 30 - served);
                visits(Math.min(remaining, 400));
                atDaysAfterLastAtLeast(remaining);
                boolean conditional = random.nextInt(100) < 15;
                add("RELEASED", 0, attrs("reason", conditional ? "CONDITIONAL" : "END_OF_SENTENCE"));
                aftercare(province);
            } else if (keepDetained) {
                add("RELEASED", 1, attrs("reason", "OTHER"));
            }
            add("CASE_CLOSED", 24 * 20, attrs("reason", "Proceedings ended"));
            return bundle(province, boy, birth, disputed, offence, offenceDay, police, knownChild);
        }

        /** Community service only where JJL 65 allows it: 16 or more at the offence by every claim of age. */
        private void diversion(String by, boolean communityServiceAllowed) {
            List<Map<String, Object>> measures = new ArrayList<>();
            measures.add(attrs("type", "SCHOOL_ATTENDANCE", "months", 3 + random.nextInt(4)));
            if (communityServiceAllowed && random.nextBoolean()) {
                measures.add(attrs("type", "COMMUNITY_SERVICE", "hours", 20 + random.nextInt(60)));
            } else {
                measures.add(attrs("type", "FAMILY_TIME", "months", 2 + random.nextInt(4)));
            }
            add("DIVERSION_ORDERED", 24, attrs("by", by, "measures", measures));
            add("DIVERSION_PLAN_DECIDED", 24 * (7 + random.nextInt(random.nextInt(100) < 15 ? 60 : 25)),
                    attrs("approved", true, "planVersion", 1));
            add("SERVICE_PROVIDED", 24 * (5 + random.nextInt(20)), attrs("kind", random.nextBoolean() ? "EDUCATION"
                    : "FAMILY_SUPPORT"));
            int outcome = random.nextInt(100);
            if (outcome < 15) {
                add("DIVERSION_NONCOMPLIANCE_REPORTED", 24 * 45, attrs());
                add("DIVERSION_HEARING_HELD", 24 * (5 + random.nextInt(15)), attrs("outcome",
                        "PROCEEDINGS_RESUMED"));
                add("DIVERSION_FAILED", 24, attrs("reason", "Plan not followed"));
                return;
            }
            if (outcome < 35) {
                add("DIVERSION_MODIFICATION_REQUESTED", 24 * 40, attrs("planVersion", 1));
                add("DIVERSION_MODIFICATION_DECIDED", 24 * (2 + random.nextInt(6)), attrs("approved", true));
            }
            add("DIVERSION_COMPLETED", 24 * 100, attrs());
            add("CASE_CLOSED", 24 * 3, attrs("reason", "Diversion completed"));
        }

        private void visits(int days) {
            int count = days / 75 + (random.nextInt(100) < 40 ? 1 : 0);
            for (int i = 0; i < Math.min(count, 6); i++) {
                add("FAMILY_CONTACT", 24 * (10 + random.nextInt(25)), attrs("kind", random.nextInt(100) < 80
                        ? "VISIT" : "CALL"));
            }
        }

        private void aftercare(String province) {
            if (random.nextInt(100) < 50) {
                parties.add("17".equals(province) ? "THISLIFE" : "FRIENDS");
                add("AFTERCARE_STARTED", 24 * 2, attrs("service", "Reintegration"));
                int contacts = 1 + random.nextInt(2);
                for (int i = 0; i < contacts; i++) {
                    add("AFTERCARE_CONTACT", 24 * (15 + random.nextInt(30)), attrs("service", "Follow-up visit"));
                }
                add("SERVICE_PROVIDED", 24 * 7, attrs("kind", random.nextBoolean() ? "VOCATIONAL"
                        : "DRUG_COUNSELLING"));
            }
        }

        private ExchangeBundle bundle(String province, boolean boy, LocalDate birth, boolean disputed,
                                      Object[] offence, LocalDate offenceDay, String owner,
                                      ExchangeBundle.Child knownChild) {
            ExchangeBundle.Child child = knownChild != null ? knownChild
                    : child(boy, birth, province, disputed ? "YEAR" : "DAY",
                    disputed ? "DECLARATION" : random.nextInt(100) < 60 ? "BIRTH_CERTIFICATE" : "FAMILY_BOOK",
                    owner);
            int min = (Integer) offence[2];
            int max = (Integer) offence[3];
            ExchangeBundle.Offence offencePart = new ExchangeBundle.Offence((String) offence[0], (String) offence[1],
                    true, min == 0 ? null : min, max == 0 ? null : max);
            return finish(child, "CONFLICT_WITH_LAW", offencePart, offenceDay, village(province), province, owner);
        }

        // ---- other roles

        ExchangeBundle victimOrWitness(String role) {
            String province = weighted(PROVINCES, PROVINCE_WEIGHTS);
            boolean victim = role.equals("VICTIM");
            boolean boy = random.nextInt(100) < (victim ? 35 : 50);
            begin(Duration.ofDays(WINDOW_DAYS));
            LocalDate day = day(start);
            LocalDate birth = day.minusYears(7 + random.nextInt(11)).minusDays(random.nextInt(360));
            String police = "POL-" + province;
            parties.add(police);
            parties.add("DOSVY-" + province);
            add("CONTACT_REGISTERED", 0, attrs("agency", police, "how", victim
                    ? (random.nextBoolean() ? "COMPLAINT" : "REFERRAL") : "OTHER"));
            add("NOTIFIED", 1 + random.nextInt(4), attrs("party", "GUARDIAN", "reached", random.nextInt(100) < 85));
            if (victim) {
                add("NOTIFIED", random.nextInt(6), attrs("party", "SOCIAL_AGENT", "reached", true));
            }
            add("STATEMENT_TAKEN", 2 + random.nextInt(24), attrs("childFriendlyRoom", random.nextInt(100) < 40,
                    "forensicInterview", victim && random.nextInt(100) < 25,
                    "supportPersonPresent", random.nextInt(100) < 70));
            if (victim) {
                add("SERVICE_PROVIDED", 24 * (1 + random.nextInt(5)), attrs("kind", "PSYCHOSOCIAL"));
                add("SERVICE_PROVIDED", 24 * (1 + random.nextInt(10)), attrs("kind", random.nextBoolean()
                        ? "MEDICAL" : "LEGAL"));
                if (random.nextInt(100) < 30) {
                    String shelter = shelterFor(province);
                    add("PLACED", 24, attrs("facility", shelter, "facilityType", "SHELTER"));
                    add("FAMILY_CONTACT", 24 * (5 + random.nextInt(20)), attrs("kind", "VISIT"));
                    add("RELEASED", 24 * (20 + random.nextInt(60)), attrs("reason", "OTHER"));
                }
            }
            if (random.nextInt(100) < 60) {
                parties.add("CFI-" + province);
                add("HEARING_HELD", 24 * (60 + random.nextInt(200)), attrs("court", "CFI-" + province,
                        "inCamera", true, "screenOrVideoUsed", random.nextInt(100) < 35,
                        "guardianPresent", random.nextInt(100) < 80));
            }
            if (random.nextInt(100) < 70) {
                add("CASE_CLOSED", 24 * (20 + random.nextInt(60)), attrs("reason", "Proceedings ended"));
            }
            Object[] offence = victim ? weighted(VICTIM_OFFENCES, weights(VICTIM_OFFENCES, 2))
                    : OFFENCES[random.nextInt(OFFENCES.length - 2)];
            ExchangeBundle.Child child = child(boy, birth, province, "DAY", random.nextInt(100) < 70
                    ? "BIRTH_CERTIFICATE" : "FAMILY_BOOK", "DOSVY-" + province);
            return finish(child, role, new ExchangeBundle.Offence((String) offence[0], (String) offence[1], null,
                    null, null), day, village(province), province, police);
        }

        ExchangeBundle accompanying() {
            begin(Duration.ofDays(700));
            LocalDate birth = day(start).minusMonths(random.nextInt(30));
            parties.add("CC2");
            parties.add("DOSVY-12");
            add("PLACED", 0, attrs("facility", "CC2", "facilityType", "CORRECTION_CENTRE", "section", "MOTHERS",
                    "separatedFromAdults", false, "withCaregiver", true));
            add("SERVICE_PROVIDED", 24 * (10 + random.nextInt(30)), attrs("kind", "MEDICAL"));
            add("FAMILY_CONTACT", 24 * (15 + random.nextInt(60)), attrs("kind", "VISIT"));
            add("SERVICE_PROVIDED", 24 * (30 + random.nextInt(90)), attrs("kind", "EDUCATION"));
            if (random.nextInt(100) < 40) {
                add("RELEASED", 24 * (60 + random.nextInt(300)), attrs("reason", "OTHER"));
                add("CASE_CLOSED", 24 * 5, attrs("reason", "Left with the mother"));
            }
            ExchangeBundle.Child child = child(random.nextBoolean(), birth, "12", "DAY", "BIRTH_CERTIFICATE", "CC2");
            return finish(child, "ACCOMPANYING_CAREGIVER", null, null, village("12"), "12", "CC2");
        }

        ExchangeBundle careAndProtection() {
            String province = weighted(PROVINCES, PROVINCE_WEIGHTS);
            begin(Duration.ofDays(WINDOW_DAYS));
            LocalDate birth = day(start).minusYears(5 + random.nextInt(12)).minusDays(random.nextInt(360));
            String social = "DOSVY-" + province;
            parties.add(social);
            add("CONTACT_REGISTERED", 0, attrs("agency", social, "how", random.nextBoolean() ? "REFERRAL" : "FAMILY"));
            add("SERVICE_PROVIDED", 24 * (1 + random.nextInt(5)), attrs("kind", "FAMILY_SUPPORT"));
            if (random.nextInt(100) < 50) {
                String care = careFor(province);
                add("PLACED", 24 * (2 + random.nextInt(10)), attrs("facility", care, "facilityType",
                        "RESIDENTIAL_CARE"));
                add("FAMILY_CONTACT", 24 * (10 + random.nextInt(30)), attrs("kind", "HOME_LEAVE"));
                add("FAMILY_CONTACT", 24 * (10 + random.nextInt(30)), attrs("kind", "VISIT"));
                add("RELEASED", 24 * (60 + random.nextInt(200)), attrs("reason", "OTHER"));
            }
            parties.add("17".equals(province) ? "THISLIFE" : "FRIENDS");
            add("AFTERCARE_STARTED", 24 * 3, attrs("service", "Family reintegration"));
            add("AFTERCARE_CONTACT", 24 * (20 + random.nextInt(30)), attrs("service", "Home visit"));
            add("SERVICE_PROVIDED", 24 * (10 + random.nextInt(30)), attrs("kind", "EDUCATION"));
            if (random.nextInt(100) < 60) {
                add("CASE_CLOSED", 24 * (30 + random.nextInt(60)), attrs("reason", "Reintegrated with the family"));
            }
            ExchangeBundle.Child child = child(random.nextBoolean(), birth, province, "YEAR", "DECLARATION", social);
            return finish(child, "CARE_AND_PROTECTION", null, null, village(province), province, social);
        }

        // ---- the parts of a bundle

        private ExchangeBundle finish(ExchangeBundle.Child child, String role, ExchangeBundle.Offence offence,
                                     LocalDate offenceDay, String place, String province, String owner) {
            String openedAt = Instant.parse(events.get(0).recordedAt()).plusSeconds(60).toString();
            if (Instant.parse(openedAt).isAfter(until)) {
                openedAt = events.get(0).recordedAt();
            }
            List<ExchangeBundle.Party> partyList = new ArrayList<>();
            partyList.add(new ExchangeBundle.Party(owner, null, "OWNER", null, openedAt, null));
            for (String agency : new TreeSet<>(parties)) {
                if (!agency.equals(owner)) {
                    partyList.add(new ExchangeBundle.Party(agency, null, function(agency), null, openedAt, null));
                }
            }
            ExchangeBundle.Case kase = new ExchangeBundle.Case(uuid(), null, role, offence,
                    offenceDay == null ? null : offenceDay.toString(), place, province, owner, openedAt, partyList);
            ExchangeBundle.Child registered = child.registeredAt() != null ? child
                    : new ExchangeBundle.Child(child.id(), child.name(), child.sex(), child.birthDate(),
                    child.birthDatePrecision(), child.birthDateEvidence(), child.residence(), child.disability(),
                    child.disabilityNote(), child.ethnicity(), child.nationality(), child.languages(),
                    child.guardians(), events.get(0).recordedAt(), child.ownerAgency());
            return new ExchangeBundle(registered, kase, List.copyOf(events));
        }

        private ExchangeBundle.Child child(boolean boy, LocalDate birth, String province, String precision,
                                           String evidence, String owner) {
            SyntheticNames.Name family = pick(SyntheticNames.FAMILY);
            SyntheticNames.Name given = pick(boy ? SyntheticNames.BOYS : SyntheticNames.GIRLS);
            int e = random.nextInt(100);
            String ethnicity = e < 88 ? "KHMER" : e < 93 ? "CHAM" : e < 96 ? "VIETNAMESE" : e < 98 ? "BUNONG" : "KUY";
            String nationality = "VIETNAMESE".equals(ethnicity) && random.nextBoolean() ? "STATELESS" : "KH";
            boolean disability = random.nextInt(100) < 5;
            String residence = random.nextInt(100) < 85 ? village(province)
                    : village(weighted(PROVINCES, PROVINCE_WEIGHTS));
            SyntheticNames.Name parent = pick(SyntheticNames.GIRLS);
            ExchangeBundle.Guardian guardian = new ExchangeBundle.Guardian(family.latin() + " " + parent.latin(),
                    random.nextInt(100) < 70 ? "MOTHER" : random.nextBoolean() ? "FATHER" : "GRANDPARENT",
                    "0" + (10 + random.nextInt(89)) + " " + (100 + random.nextInt(899)) + " "
                            + (100 + random.nextInt(899)), null);
            return new ExchangeBundle.Child(uuid(), new ExchangeBundle.Name(family.latin() + " " + given.latin(),
                    family.khmer() + " " + given.khmer()), boy ? "M" : "F", birth.toString(), precision, evidence,
                    residence, disability, disability ? "Hearing impairment" : null, ethnicity, nationality,
                    "CHAM".equals(ethnicity) ? List.of("km", "cja") : List.of("km"), List.of(guardian), null,
                    owner);
        }

        private String function(String agency) {
            if (agency.startsWith("POL-")) {
                return "POLICE";
            }
            if (agency.startsWith("PRO-")) {
                return "PROSECUTION";
            }
            if (agency.startsWith("CFI-") || agency.equals("CA")) {
                return "COURT";
            }
            if (agency.startsWith("DOSVY-")) {
                return "SOCIAL_SERVICES";
            }
            if (agency.startsWith("PRI-") || agency.startsWith("CC") || agency.startsWith("YRC")) {
                return "DETENTION";
            }
            return switch (agency) {
                case "LAC" -> "LEGAL_AID";
                case "CCHR" -> "TRIAL_MONITORING";
                default -> "SERVICE_PROVIDER";
            };
        }

        // ---- time

        private void begin(Duration window) {
            long seconds = window.toSeconds() - Duration.ofHours(6).toSeconds();
            start = until.minusSeconds(Duration.ofHours(6).toSeconds() + (long) (random.nextDouble() * seconds))
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            cursor = start;
        }

        /** Adds an event some hours after the last (and a few minutes); one past the end is left out, as all after. */
        private void add(String type, int hoursLater, Map<String, Object> attributes) {
            cursor = cursor.plus(Duration.ofHours(hoursLater)).plus(Duration.ofMinutes(random.nextInt(50)));
            if (cursor.isAfter(until)) {
                return;
            }
            Instant recorded = cursor.plus(Duration.ofMinutes(5 + random.nextInt(random.nextInt(100) < 10 ? 4000 : 180)));
            if (recorded.isAfter(until)) {
                recorded = until;
            }
            events.add(new ExchangeBundle.Event(uuid(), type, cursor.atOffset(CAMBODIA).toString(),
                    recorded.toString(), null, attributes.isEmpty() ? null : attributes, null));
        }

        private void atHoursAfterStart(int hours) {
            Instant target = start.plus(Duration.ofHours(hours));
            cursor = target.isAfter(cursor) ? target : cursor;
        }

        private void atDaysAfterStart(int days) {
            atHoursAfterStart(days * 24);
        }

        private void atDaysAfterLastAtLeast(int days) {
            cursor = cursor.plus(Duration.ofDays(days));
        }

        private LocalDate day(Instant instant) {
            return instant.atOffset(CAMBODIA).toLocalDate();
        }

        // ---- chance

        private Object[] offence(boolean boy) {
            return weighted(OFFENCES, weights(OFFENCES, boy ? 4 : 5));
        }

        private int[] weights(Object[][] table, int column) {
            int[] weights = new int[table.length];
            for (int i = 0; i < table.length; i++) {
                weights[i] = (Integer) table[i][column];
            }
            return weights;
        }

        private <T> T weighted(T[] values, int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int chosen = random.nextInt(total);
            for (int i = 0; i < values.length; i++) {
                chosen -= weights[i];
                if (chosen < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private String village(String province) {
            return pick(villages.get(province));
        }

        /** Time-ordered (UUIDv7 layout), in file order: case i's ids sort after case i-1's, as a source system's would. */
        private String uuid() {
            return TimeOrderedIds.of(idMillis, ++idSequence, random.nextLong()).toString();
        }
    }

    /** Attributes in the order given, leaving out those given as null. */
    private static Map<String, Object> attrs(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}

package org.komar.safeguards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseRole;
import org.komar.cases.Offence;
import org.komar.cases.OffenceClass;
import org.komar.cases.OffenceCode;
import org.komar.child.BirthDateClaim;
import org.komar.child.ChildFacts;
import org.komar.child.Ethnicity;
import org.komar.child.Evidence;
import org.komar.child.Precision;
import org.komar.child.Sex;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.timeline.Attributes;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;

/**
 * Realistic synthetic cases for the benchmark: children of 12 to 17 (mostly 14 to 17), offences in the mix of
 * LAW.md section 5 (about 55 % misdemeanours, 35 % felonies, 10 % petty), each following the path of a case from
 * arrest through custody, notifications, interrogation, referral, diversion or charge, pre-trial detention, release
 * applications, closing order, trial, sentence and placement, cut at a random point, with some steps late or missing.
 * About 15 events per case. Deterministic for a seed. Attribute maps are shared between events (they are immutable)
 * to keep a million cases within a few gigabytes.
 */
final class SyntheticCases {

    private static final UserId RECORDER = new UserId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    private static final EventId EVENT = new EventId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
    private static final Instant RECORDED = Instant.parse("2026-12-01T00:00:00Z");
    private static final OffenceCode[] CODES = OffenceCode.values();

    private static final Attributes NONE = Attributes.NONE;
    private static final Attributes FLAGRANT = attrs("flagrant", true);
    private static final Attributes NOT_FLAGRANT = attrs("flagrant", false);
    private static final Attributes SEPARATED = attrs("separatedFromAdults", true, "separatedBySex", true,
            "onJuvenileList", true);
    private static final Attributes MIXED = attrs("separatedFromAdults", false);
    private static final Attributes GUARDIAN = attrs("party", "GUARDIAN", "reached", true);
    private static final Attributes SOCIAL = attrs("party", "SOCIAL_AGENT", "reached", true);
    private static final Attributes PROSECUTOR = attrs("party", "PROSECUTOR", "reached", true);
    private static final Attributes LAWYER = attrs("lawyer", "LAC");
    private static final Attributes INTERROGATION_OK = attrs("by", "POLICE", "lawyerPresent", true,
            "guardianPresent", true, "socialAgentPresent", true);
    private static final Attributes INTERROGATION_ALONE = attrs("by", "POLICE", "lawyerPresent", false);
    private static final Attributes PRESENTED = attrs("outcome", "PRESENTED_TO_PROSECUTOR");
    private static final Attributes HANDED = attrs("outcome", "HANDED_TO_GUARDIAN");
    private static final Attributes NOT_DIVERTED = attrs("by", "PROSECUTOR", "decision", "NOT_DIVERTED");
    private static final Attributes DIVERTED = attrs("by", "PROSECUTOR", "decision", "DIVERTED");
    private static final Attributes DIVERSION_ORDER = attrs("by", "PROSECUTOR", "measures",
            List.of(Map.of("type", "SCHOOL_ATTENDANCE", "months", 6)));
    private static final Attributes PLAN = attrs("approved", true);
    private static final Attributes REPORT = attrs("sufficient", true);
    private static final Attributes THIN_REPORT = attrs("sufficient", false);
    private static final Attributes PTD = attrs("facility", "CC2", "grounds", List.of("ENSURE_PRESENCE"),
            "reasoned", true);
    private static final Attributes PTD_BARE = attrs("facility", "CC2");
    private static final Attributes REQUEST = attrs("before", "INVESTIGATING_JUDGE");
    private static final Attributes REFUSED = attrs("granted", false);
    private static final Attributes CLOSING_DETAINED = attrs("keepsDetained", true, "outcome", "SENT_TO_TRIAL");
    private static final Attributes CLOSING_FREE = attrs("keepsDetained", false, "outcome", "SENT_TO_TRIAL");
    private static final Attributes HEARING = attrs("inCamera", true, "judgmentInPublic", false, "lawyerPresent", true,
            "immediateAppearance", false);
    private static final Attributes PUBLIC_HEARING = attrs("inCamera", false, "lawyerPresent", true);
    private static final Attributes CONVICTED = attrs("outcome", "CONVICTED");
    private static final Attributes CUSTODIAL = attrs("custodial", true, "months", 24);
    private static final Attributes SUSPENDED = attrs("custodial", false, "months", 12, "suspended", true);
    private static final Attributes PLACED_YRC = attrs("facility", "YRC-KDL", "facilityType",
            "YOUTH_REHABILITATION_CENTRE", "separatedFromAdults", true);
    private static final Attributes PLACED_PRISON = attrs("facility", "PP-17", "facilityType", "PRISON",
            "separatedFromAdults", true);
    private static final Attributes END = attrs("reason", "END_OF_SENTENCE");

    private SyntheticCases() {
    }

    /** One synthetic case: its timeline as the store loads it, and its facts. */
    record Case(Timeline timeline, CaseFacts facts) {
    }

    static Case[] generate(int count, long seed) {
        Case[] cases = new Case[count];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            cases[i] = one(random);
        }
        return cases;
    }

    static Case one(SplittableRandom random) {
        CaseId id = new CaseId(new UUID(random.nextLong(), random.nextLong()));
        int age = random.nextInt(100) < 5 ? 12 + random.nextInt(2) : 14 + random.nextInt(4);
        int roll = random.nextInt(100);
        OffenceClass offenceClass = roll < 55 ? OffenceClass.MISDEMEANOUR : roll < 90 ? OffenceClass.FELONY
                : OffenceClass.PETTY;
        // Offences over the two years before the census moment of 1 December 2026.
        Instant t = Instant.parse("2024-12-01T00:00:00Z").plusSeconds(random.nextLong(700L * 86_400));
        LocalDate offenceDay = LocalDate.ofInstant(t, org.komar.shared.Cambodia.ZONE);
        BirthDateClaim birth = new BirthDateClaim(offenceDay.minusYears(age).minusDays(random.nextInt(360)),
                Precision.DAY, random.nextInt(10) < 8 ? Evidence.BIRTH_CERTIFICATE : Evidence.DECLARATION);
        Offence offence = new Offence(CODES[random.nextInt(CODES.length)], offenceClass, random.nextInt(10) < 8,
                offenceClass == OffenceClass.PETTY ? null : 6 + random.nextInt(30),
                offenceClass == OffenceClass.PETTY ? null : 36 + random.nextInt(60));
        List<LegalEvent> events = new ArrayList<>(24);
        boolean sloppy = random.nextInt(100) < 15;
        int length = 8 + random.nextInt(15);
        t = add(events, id, EventType.ARRESTED, t, random.nextInt(10) < 9 ? FLAGRANT : NOT_FLAGRANT);
        t = add(events, id, EventType.CUSTODY_STARTED, t.plusSeconds(1800), sloppy ? MIXED : SEPARATED);
        t = add(events, id, EventType.NOTIFIED, t.plusSeconds(minutes(random, 120)), GUARDIAN);
        t = add(events, id, EventType.NOTIFIED, t.plusSeconds(minutes(random, 180)), SOCIAL);
        t = add(events, id, EventType.NOTIFIED, t.plusSeconds(minutes(random, 180)), PROSECUTOR);
        if (!sloppy) {
            t = add(events, id, EventType.LAWYER_ASSIGNED, t.plusSeconds(minutes(random, 600)), LAWYER);
        }
        t = add(events, id, EventType.INTERROGATED, t.plusSeconds(minutes(random, 300)),
                sloppy ? INTERROGATION_ALONE : INTERROGATION_OK);
        boolean diversion = offenceClass != OffenceClass.FELONY && random.nextInt(100) < 40;
        t = add(events, id, EventType.CUSTODY_ENDED, t.plusSeconds(minutes(random, sloppy ? 2400 : 900)),
                diversion ? HANDED : PRESENTED);
        t = add(events, id, EventType.REFERRED_TO_PROSECUTOR, t.plusSeconds(minutes(random, 60)), NONE);
        if (diversion) {
            t = add(events, id, EventType.DIVERSION_CONSIDERED, t.plusSeconds(days(random, 5)), DIVERTED);
            t = add(events, id, EventType.DIVERSION_ORDERED, t.plusSeconds(days(random, 3)), DIVERSION_ORDER);
            t = add(events, id, EventType.SOCIAL_INQUIRY_SUBMITTED, t.plusSeconds(days(random, 10)), REPORT);
            t = add(events, id, EventType.DIVERSION_PLAN_DECIDED, t.plusSeconds(days(random, sloppy ? 60 : 25)), PLAN);
            if (random.nextInt(4) == 0) {
                t = add(events, id, EventType.DIVERSION_MODIFICATION_REQUESTED, t.plusSeconds(days(random, 60)), NONE);
                t = add(events, id, EventType.DIVERSION_MODIFICATION_DECIDED, t.plusSeconds(days(random, 8)), PLAN);
            }
            if (random.nextInt(5) == 0) {
                t = add(events, id, EventType.DIVERSION_NONCOMPLIANCE_REPORTED, t.plusSeconds(days(random, 60)), NONE);
                t = add(events, id, EventType.DIVERSION_HEARING_HELD, t.plusSeconds(days(random, 20)), NONE);
            }
            t = add(events, id, EventType.DIVERSION_COMPLETED, t.plusSeconds(days(random, 150)), NONE);
            add(events, id, EventType.CASE_CLOSED, t.plusSeconds(days(random, 5)), NONE);
        } else {
            if (offenceClass != OffenceClass.FELONY) {
                t = add(events, id, EventType.DIVERSION_CONSIDERED, t.plusSeconds(days(random, 5)), NOT_DIVERTED);
            }
            t = add(events, id, EventType.CHARGED, t.plusSeconds(days(random, 10)), NONE);
            if (!sloppy) {
                t = add(events, id, EventType.SOCIAL_INQUIRY_SUBMITTED, t.plusSeconds(days(random, 5)),
                        random.nextInt(5) == 0 ? THIN_REPORT : REPORT);
            }
            t = add(events, id, EventType.PRETRIAL_DETENTION_ORDERED, t.plusSeconds(days(random, 2)),
                    sloppy ? PTD_BARE : PTD);
            t = add(events, id, EventType.RELEASE_REQUESTED, t.plusSeconds(days(random, 30)), REQUEST);
            t = add(events, id, EventType.RELEASE_DECIDED, t.plusSeconds(days(random, sloppy ? 12 : 4)), REFUSED);
            t = add(events, id, EventType.CLOSING_ORDER, t.plusSeconds(days(random, sloppy ? 200 : 90)),
                    random.nextBoolean() ? CLOSING_DETAINED : CLOSING_FREE);
            t = add(events, id, EventType.HEARING_HELD, t.plusSeconds(days(random, 100)),
                    sloppy ? PUBLIC_HEARING : HEARING);
            t = add(events, id, EventType.VERDICT, t.plusSeconds(days(random, 14)), CONVICTED);
            boolean custodial = random.nextInt(100) < 60;
            t = add(events, id, EventType.SENTENCED, t.plusSeconds(days(random, 3)), custodial ? CUSTODIAL : SUSPENDED);
            if (custodial) {
                t = add(events, id, EventType.PLACED, t.plusSeconds(days(random, 2)),
                        random.nextBoolean() ? PLACED_YRC : PLACED_PRISON);
                add(events, id, EventType.RELEASED, t.plusSeconds(days(random, 400)), END);
            }
        }
        List<LegalEvent> kept = events.size() > length ? new ArrayList<>(events.subList(0, length)) : events;
        ChildFacts child = new ChildFacts(new ChildId(new UUID(random.nextLong(), random.nextLong())),
                random.nextInt(100) < 96 ? Sex.M : Sex.F, birth, false, Ethnicity.values()[0], "KH");
        CaseFacts facts = new CaseFacts(id, "PP-" + id.value().toString().substring(0, 8), CaseRole.CONFLICT_WITH_LAW,
                offence, offenceDay, "12", child);
        return new Case(new Timeline(id, kept.size(), kept), facts);
    }

    /** The event a re-evaluation adds: a release decision an hour after the last event. */
    static LegalEvent newEvent(Timeline timeline) {
        List<LegalEvent> events = timeline.active();
        Instant last = events.isEmpty() ? RECORDED : events.get(events.size() - 1).occurredAt().toInstant();
        return event(timeline.caseId(), events.size() + 1, EventType.RELEASED, last.plusSeconds(3600), END);
    }

    private static Instant add(List<LegalEvent> events, CaseId id, EventType type, Instant at, Attributes attributes) {
        events.add(event(id, events.size() + 1, type, at, attributes));
        return at;
    }

    private static LegalEvent event(CaseId id, int seq, EventType type, Instant at, Attributes attributes) {
        return new LegalEvent(EVENT, id, seq, type, OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(7)), RECORDED,
                RECORDER, attributes, null);
    }

    private static long minutes(SplittableRandom random, int max) {
        return 60L * (1 + random.nextInt(max));
    }

    private static long days(SplittableRandom random, int max) {
        return 86_400L * (1 + random.nextInt(max)) + random.nextInt(86_400);
    }

    private static Attributes attrs(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return Attributes.from(map);
    }
}

package org.komar.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.komar.access.Actor;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.support.Fixtures;

/** Named scenes for the worklist tests, at Phnom Penh times written {@code "2026-11-10T10:00"}. */
final class Scenes {

    private Scenes() {
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(Cambodia.ZONE).toInstant();
    }

    static OffsetDateTime time(String local) {
        return LocalDateTime.parse(local).atZone(Cambodia.ZONE).toOffsetDateTime();
    }

    /**
     * A fifteen-year-old arrested in the act for a misdemeanour and taken into police custody at {@code since}: police
     * custody may last 24 hours (PC-1).
     */
    static CaseView aFifteenYearOldInCustodySince(Fixtures fixtures, Actor police, String since) {
        LocalDate day = LocalDate.parse(since.substring(0, 10));
        Child child = fixtures.child(police, "Sok Dara", "សុខ ដារា", "M", day.minusYears(15).minusDays(40));
        CaseView kase = fixtures.conflictCase(police, child, "DRUG_POSSESSION", "MISDEMEANOUR", day);
        fixtures.record(police, kase.id(), "ARRESTED", time(since), "flagrant", true);
        fixtures.record(police, kase.id(), "CUSTODY_STARTED", time(since), "separatedFromAdults", true,
                "separatedBySex", true, "onJuvenileList", true);
        return kase;
    }
}

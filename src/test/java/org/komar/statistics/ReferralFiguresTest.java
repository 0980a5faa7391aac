package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.ChildService;
import org.komar.referral.Referral;
import org.komar.referral.ReferralService;
import org.komar.shared.CaseId;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Referrals accepted and completed, counted per referral made in the period from the referral module's records,
 * broken down by the case's dimensions, each number leading to the cases behind it within the caller's scope.
 */
class ReferralFiguresTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    ReferralService referrals;

    @Autowired
    StatisticsService statistics;

    @Test
    void of_four_referrals_three_are_accepted_and_two_of_those_completed() {
        Scenario s = new Scenario(fixtures, cases, children, 2005, "05");
        Actor ngo = fixtures.actor(Role.NGO_CASE_WORKER, "05");
        clock.set(OffsetDateTime.parse("2005-06-01T09:00:00+07:00").toInstant());
        List<CaseView> opened = new ArrayList<>();
        List<Referral> made = new ArrayList<>();
        for (String sex : List.of("F", "F", "M", "M")) {
            CaseView kase = s.conflictCase(s.child(sex, 15), "THEFT", "MISDEMEANOUR");
            s.record(s.police, kase.id(), "ARRESTED", "05-30T08:00", "flagrant", true);
            opened.add(kase);
            made.add(referrals.refer(s.social, new ReferralService.NewReferral(kase.id().toString(),
                    ngo.agencyId().toString(), "PSYCHOSOCIAL", "GUARDIAN", null, "Counselling after the arrest",
                    false)));
        }
        clock.advance(Duration.ofDays(2));
        for (int i = 0; i < 3; i++) {
            referrals.accept(ngo, made.get(i).id(), null, null);
        }
        clock.advance(Duration.ofDays(30));
        referrals.close(ngo, made.get(0).id(), null, "SERVICE_COMPLETED", null);
        referrals.close(ngo, made.get(2).id(), null, "SERVICE_COMPLETED", null);
        referrals.close(s.social, made.get(1).id(), null, "CHILD_DROPPED_OUT", null);
        clock.reset();

        Figures figures = statistics.compute(fixtures.actor(Role.STATISTICIAN, "12"), s.period(),
                List.of(Breakdown.of(Dimension.SEX)));

        Figure accepted = figures.find("REFERRALS_ACCEPTED").orElseThrow().total();
        assertThat(accepted.numerator()).isEqualTo(3);
        assertThat(accepted.denominator()).isEqualTo(4.0);
        assertThat(accepted.value()).isEqualTo(75.0);
        Figure completed = figures.find("REFERRALS_COMPLETED").orElseThrow().total();
        assertThat(completed.numerator()).isEqualTo(2);
        assertThat(completed.denominator()).isEqualTo(3.0);
        Figure completedGirls = figures.find("REFERRALS_COMPLETED").orElseThrow()
                .table(Breakdown.of(Dimension.SEX)).orElseThrow().figures().get(1);
        assertThat(completedGirls.cell().value(Dimension.SEX)).isEqualTo("F");
        assertThat(completedGirls.numerator()).isEqualTo(1);
        assertThat(completedGirls.denominator()).isEqualTo(2.0);

        List<CaseId> behind = statistics.casesBehind(s.prosecutor, s.period(), OperationalFigure.REFERRALS_COMPLETED,
                Cell.of(Dimension.SEX, "F"));
        assertThat(behind).containsExactly(opened.get(0).id());
        Actor elsewhere = fixtures.actor(Role.PROSECUTOR, "06");
        assertThat(statistics.casesBehind(elsewhere, s.period(), OperationalFigure.REFERRALS_ACCEPTED, Cell.TOTAL))
                .isEmpty();
    }
}

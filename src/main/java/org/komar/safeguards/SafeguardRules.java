package org.komar.safeguards;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry: every safeguard rule, in the order of LAW.md table 1.13, then the policy targets. A rule not listed
 * here is never evaluated; a code appears once.
 */
final class SafeguardRules {

    static final List<SafeguardRule> ALL = List.of(
            new AgeInDoubt(),
            new NoDetentionUnderFourteen(),
            new UnderFourteenProsecution(),
            new ArrestGrounds(),
            new YoungerChildArrest(),
            new ReportedToProsecutor(),
            CustodyLimit.younger(),
            CustodyLimit.older(),
            new NoCustodyExtension(),
            new CustodySeparation(),
            new Notifications(),
            new LawyerAtInterrogation(),
            new LawyerAtTrial(),
            new SupportAtInterrogation(),
            new DiversionConsidered(),
            new DiversionPlanDecided(),
            new DiversionModificationDecided(),
            new NoncomplianceHearing(),
            new DiversionMeasureLimits(),
            new ReleaseOnDiversion(),
            new DetentionOffenceThreshold(),
            new DetentionOrderReasoned(),
            DetentionLimit.younger(),
            DetentionLimit.older(),
            new DetentionHalfMinimumPenalty(),
            new DetentionAfterSocialReport(),
            new ReleaseApplicationDecided(),
            new DetentionAfterEvasion(),
            new DetentionAwaitingTrial(),
            new SocialReportSupplement(),
            new ClosedHearing(),
            new NoImmediateAppearance(),
            new SocialReportBeforeTrial(),
            new AppealFileTransmitted(),
            new DetainedAppealTried(),
            new ConditionalReleaseEligibility(),
            new RecordClearing(),
            new TransferAtTwentyFour(),
            new ExitPlanAtThree(),
            new SeparationFromAdults(),
            new FlagrantInvestigation(),
            new PolicyLawyerContact(),
            new PolicyNotification(),
            new PolicyDetentionReview(),
            new PolicyFinalDecision());

    private SafeguardRules() {
    }

    static List<String> codes() {
        return ALL.stream().map(SafeguardRule::code).toList();
    }

    static Set<String> libertyLimitCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (SafeguardRule rule : ALL) {
            if (rule.libertyLimit()) {
                codes.add(rule.code());
            }
        }
        return Set.copyOf(codes);
    }

    static SafeguardRule byCode(String code) {
        for (SafeguardRule rule : ALL) {
            if (rule.code().equals(code)) {
                return rule;
            }
        }
        return null;
    }
}

package org.komar.safeguards;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One safeguard of the law (or one policy target), as plain Java: it reads a {@link CaseInput} and returns its
 * verdict as of the input's moment. No I/O, no clock, no framework. Each rule judges with the rule set in force at
 * its triggering event ({@link CaseInput#rules}). Messages are {@code safeguard.<CODE>.<variant>} in the safeguards
 * bundle. All rules are listed in {@link SafeguardRules}.
 */
abstract class SafeguardRule {

    private final String code;
    private final String basis;
    private final boolean libertyLimit;
    private final SafeguardResult notApplicable;

    SafeguardRule(String code, String basis, boolean libertyLimit) {
        this.code = code;
        this.basis = basis;
        this.libertyLimit = libertyLimit;
        this.notApplicable = new SafeguardResult(code, SafeguardStatus.NOT_APPLICABLE, null, null, basis,
                "safeguard.notApplicable", List.of(), libertyLimit, false, 0);
    }

    /** The rule's verdict on the case as of {@code in.asOf}. */
    abstract SafeguardResult evaluate(CaseInput in);

    final String code() {
        return code;
    }

    final String basis() {
        return basis;
    }

    /** Whether the rule limits how long a child may be deprived of liberty. */
    final boolean libertyLimit() {
        return libertyLimit;
    }

    final SafeguardResult notApplicable() {
        return notApplicable;
    }

    final SafeguardResult met(RuleSet rules, String variant, Object... args) {
        return result(SafeguardStatus.MET, null, null, false, rules, variant, args);
    }

    final SafeguardResult pending(RuleSet rules, Instant dueAt, String variant, Object... args) {
        return result(SafeguardStatus.PENDING, dueAt, null, false, rules, variant, args);
    }

    final SafeguardResult breached(RuleSet rules, Instant breachedAt, boolean held, String variant, Object... args) {
        return result(SafeguardStatus.BREACHED, null, breachedAt, held && libertyLimit, rules, variant, args);
    }

    final SafeguardResult result(SafeguardStatus status, Instant dueAt, Instant breachedAt, boolean held,
                                 RuleSet rules, String variant, Object[] args) {
        return new SafeguardResult(code, status, dueAt, breachedAt, basis, "safeguard." + code + "." + variant,
                args.length == 0 ? List.of() : Arrays.asList(args), libertyLimit, held,
                rules == null ? 0 : rules.version());
    }

    /** A fresh accumulator for a rule that judges several occurrences (each interrogation, each request…). */
    final Verdict verdict() {
        return new Verdict(this);
    }

    /**
     * Judges one act expected by {@code due}: done at {@code doneAt} (null: not yet). On time when done at or before
     * the due moment; pending until that moment has passed; then breached from it. For a limit on deprivation of
     * liberty, "done" is the end of the deprivation, and a breach with nothing done means the child is still held.
     */
    final void deadline(Verdict verdict, CaseInput in, RuleSet rules, Instant due, Instant doneAt, String variant,
                        Object... args) {
        if (doneAt != null && !doneAt.isAfter(due)) {
            verdict.met(rules, variant + ".met", args);
        } else if (!in.asOf.isAfter(due)) {
            verdict.pending(rules, due, variant + ".pending", args);
        } else {
            verdict.late(rules, due, doneAt == null, variant + ".breached", args);
        }
    }

    /**
     * Collects the verdicts on each occurrence and reduces them to one: the earliest breach if any (held beyond the
     * limit if any breach is still running); else the earliest pending deadline; else met; else not applicable.
     */
    static final class Verdict {

        private final SafeguardRule rule;
        private SafeguardResult breach;
        private boolean held;
        private SafeguardResult pending;
        private SafeguardResult met;

        Verdict(SafeguardRule rule) {
            this.rule = rule;
        }

        void breach(RuleSet rules, Instant at, boolean stillHeld, String variant, Object... args) {
            held |= stillHeld && rule.libertyLimit;
            if (breach == null || at.isBefore(breach.breachedAt())) {
                breach = rule.breached(rules, at, stillHeld, variant, args);
            }
        }

        /** A deadline missed: breached from the due moment, which the result also carries as {@code dueAt}. */
        void late(RuleSet rules, Instant due, boolean stillHeld, String variant, Object... args) {
            held |= stillHeld && rule.libertyLimit;
            if (breach == null || due.isBefore(breach.breachedAt())) {
                breach = rule.result(SafeguardStatus.BREACHED, due, due, stillHeld && rule.libertyLimit, rules,
                        variant, args);
            }
        }

        void pending(RuleSet rules, Instant due, String variant, Object... args) {
            if (pending == null || (due != null && (pending.dueAt() == null || due.isBefore(pending.dueAt())))) {
                pending = rule.pending(rules, due, variant, args);
            }
        }

        void met(RuleSet rules, String variant, Object... args) {
            if (met == null) {
                met = rule.met(rules, variant, args);
            }
        }

        boolean empty() {
            return breach == null && pending == null && met == null;
        }

        SafeguardResult result() {
            if (breach != null) {
                return held == breach.heldBeyondLimit() ? breach
                        : new SafeguardResult(breach.rule(), breach.status(), breach.dueAt(), breach.breachedAt(),
                        breach.basis(), breach.messageKey(), breach.messageArgs(), breach.libertyLimit(), held,
                        breach.ruleSetVersion());
            }
            if (pending != null) {
                return pending;
            }
            return met != null ? met : rule.notApplicable();
        }
    }
}

package org.komar.safeguards;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every rule of a registry over one case. A rule that throws is never silent: its place in the results holds an
 * {@link SafeguardStatus#ERROR} result with the rule's code (shown as an alert), and the failure is logged with the
 * rule's code, the case id and the exception's type and place, never its message or any of the case's data.
 * Stateless and safe to share between threads.
 */
final class SafeguardEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SafeguardEngine.class);

    private final List<SafeguardRule> rules;

    SafeguardEngine(List<SafeguardRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static SafeguardEngine standard() {
        return new SafeguardEngine(SafeguardRules.ALL);
    }

    List<SafeguardRule> rules() {
        return rules;
    }

    List<SafeguardResult> evaluate(CaseInput input) {
        List<SafeguardResult> results = new ArrayList<>(rules.size());
        for (SafeguardRule rule : rules) {
            results.add(evaluate(rule, input));
        }
        return results;
    }

    private static SafeguardResult evaluate(SafeguardRule rule, CaseInput input) {
        try {
            SafeguardResult result = rule.evaluate(input);
            if (result == null) {
                throw new IllegalStateException("rule returned no result");
            }
            return result;
        } catch (RuntimeException | StackOverflowError failure) {
            StackTraceElement[] trace = failure.getStackTrace();
            LOG.error("Safeguard rule {} failed on case {}: {} at {}", rule.code(), input.caseId,
                    failure.getClass().getName(), trace.length > 0 ? trace[0] : "?");
            return new SafeguardResult(rule.code(), SafeguardStatus.ERROR, null, null, rule.basis(),
                    "safeguard.error", List.of(rule.code()), rule.libertyLimit(), false, 0);
        }
    }
}

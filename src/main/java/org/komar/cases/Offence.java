package org.komar.cases;

/**
 * The offence of a case: code, class, whether intentional, and the statutory minimum and maximum penalty in months
 * where known (pre-trial detention limits depend on them: CPC 204, 214).
 */
public record Offence(OffenceCode code, OffenceClass offenceClass, Boolean intentional, Integer minPenaltyMonths,
                      Integer maxPenaltyMonths) {
}

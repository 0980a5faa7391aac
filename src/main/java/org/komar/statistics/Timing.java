package org.komar.statistics;

/** Whether a figure counts what happened during the period, what held on the census date, or a policy. */
public enum Timing {
    FLOW, STOCK, POLICY
}

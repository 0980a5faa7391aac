package org.komar.diversion;

import java.time.LocalDate;

/**
 * Filters of the diversion register; null means "any". {@code province} is a two-digit province code,
 * {@code stage} who ordered the diversion ({@code PROSECUTOR}, {@code INVESTIGATING_JUDGE}, {@code TRIAL_COURT},
 * {@code APPEAL_COURT}), {@code from}/{@code to} bound the day of the order (inclusive). Pages from 0, at most 200
 * rows (exports up to {@value #MAX_EXPORT}).
 */
record RegisterFilter(String province, String status, String stage, LocalDate from, LocalDate to, Integer page,
                      Integer size) {

    static final int MAX_EXPORT = 10_000;

    static RegisterFilter all() {
        return new RegisterFilter(null, null, null, null, null, 0, 50);
    }

    int pageOrZero() {
        return page == null || page < 0 ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null || size <= 0 ? 50 : Math.min(size, 200);
    }

    RegisterFilter forExport() {
        return new RegisterFilter(province, status, stage, from, to, 0, MAX_EXPORT);
    }
}

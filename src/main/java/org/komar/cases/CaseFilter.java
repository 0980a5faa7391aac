package org.komar.cases;

/**
 * Filters of a case list; null means "any". {@code status} is {@code OPEN} or {@code CLOSED}; {@code q} matches the
 * case number. Paging is by {@code page} (from 0) and {@code size} (at most 200).
 */
public record CaseFilter(String childId, String role, String province, String offenceClass, String status,
                         String q, Integer page, Integer size) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, 0, 50);
    }

    int pageOrZero() {
        return page == null || page < 0 ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null || size <= 0 ? 50 : Math.min(size, 200);
    }
}

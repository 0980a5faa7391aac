package org.komar.cases;

import java.util.List;
import java.util.Map;

import org.komar.child.Child;
import org.komar.shared.ChildId;

/**
 * One page of cases in scope, with their children. {@code total} is how many match, counted up to {@link
 * #COUNT_LIMIT} (or past the page shown); {@code more} says there are more than that.
 */
public record CaseList(List<CaseView> items, long total, boolean more, int page, int size,
                       Map<ChildId, Child> children) {

    public static final int COUNT_LIMIT = 1000;
}

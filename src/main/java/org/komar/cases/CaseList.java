package org.komar.cases;

import java.util.List;
import java.util.Map;

import org.komar.child.Child;
import org.komar.shared.ChildId;

/** One page of cases in scope, with their children. */
public record CaseList(List<CaseView> items, long total, int page, int size, Map<ChildId, Child> children) {
}

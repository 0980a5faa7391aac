package org.komar.cases;

import org.komar.child.Child;
import org.komar.timeline.Timeline;

/** Everything the case page shows: the case, its child and its whole timeline (voided events included). */
public record CaseFile(CaseView caseView, Child child, Timeline timeline) {
}

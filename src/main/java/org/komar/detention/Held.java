package org.komar.detention;

import org.komar.cases.CaseRole;
import org.komar.child.Child;
import org.komar.facility.Facility;
import org.komar.shared.CaseId;

/**
 * One child on a roll or a list: the case (number and role), the child as the viewer may see them, the case's
 * detention record at the moment, the facility (null when unknown) and the legal limits from the safeguards engine.
 */
public record Held(CaseId caseId, String caseNumber, CaseRole role, Child child, DetentionRecord record,
                   Facility facility, LimitStatus limits) {

    public Stay stay() {
        return record.current();
    }
}

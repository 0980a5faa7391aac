package org.komar.statistics;

import java.util.List;
import java.util.Map;

import org.komar.cases.CaseFacts;
import org.komar.shared.CaseId;
import org.komar.timeline.Timeline;
import org.springframework.stereotype.Component;

/** Until the detention module keeps detention histories, the stock indicators say they are not available. */
@Component
class NoDetentionRecords implements DetentionSource {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Map<CaseId, List<Spell>> spells(Map<CaseId, Timeline> timelines, Map<CaseId, CaseFacts> facts) {
        return Map.of();
    }
}

package org.komar.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.komar.cases.CaseFacts;
import org.komar.detention.DetentionService;
import org.komar.detention.LegalStatus;
import org.komar.detention.Stay;
import org.komar.shared.CaseId;
import org.komar.timeline.Timeline;
import org.springframework.stereotype.Component;

/**
 * The stretches of deprivation of liberty as the detention module derives them from the timelines: its stays that
 * deprive the child of liberty (not a child living with a parent, not a care placement), each with its status as
 * the indicators distinguish it (not finally sentenced, serving a sentence, held with no order).
 */
@Component
class DetentionRecords implements DetentionSource {

    private final DetentionService detention;

    DetentionRecords(DetentionService detention) {
        this.detention = detention;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Map<CaseId, List<Spell>> spells(Map<CaseId, Timeline> timelines, Map<CaseId, CaseFacts> facts) {
        Map<CaseId, List<Spell>> spells = new HashMap<>();
        detention.stays(timelines, facts).forEach((id, stays) -> {
            List<Spell> deprived = new ArrayList<>();
            for (Stay stay : stays) {
                if (stay.deprivedOfLiberty()) {
                    deprived.add(new Spell(stay.since(), stay.until(), status(stay.status()), stay.separated(),
                            stay.detainedSince(), stay.statusSince()));
                }
            }
            if (!deprived.isEmpty()) {
                spells.put(id, deprived);
            }
        });
        return spells;
    }

    static Spell.Status status(LegalStatus status) {
        if (status.preSentence()) {
            return Spell.Status.PRE_SENTENCE;
        }
        return status == LegalStatus.CONVICTED ? Spell.Status.SENTENCED : Spell.Status.OTHER;
    }
}

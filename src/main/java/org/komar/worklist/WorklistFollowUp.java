package org.komar.worklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.komar.access.Accounts;
import org.komar.access.AgencyDirectory;
import org.komar.access.UserSummary;
import org.komar.safeguards.BreachFollowUp;
import org.komar.shared.CaseId;
import org.springframework.stereotype.Component;

/** The acknowledgements and escalations of a case's breaches, for the case page's safeguards section. */
@Component
class WorklistFollowUp implements BreachFollowUp {

    private final Worklist worklist;
    private final Accounts accounts;
    private final AgencyDirectory agencies;

    WorklistFollowUp(Worklist worklist, Accounts accounts, AgencyDirectory agencies) {
        this.worklist = worklist;
        this.accounts = accounts;
        this.agencies = agencies;
    }

    @Override
    public List<Note> of(CaseId caseId, Locale locale) {
        Map<String, Instant> escalations = worklist.escalationsOf(caseId);
        List<Note> notes = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Acknowledgement ack : worklist.acknowledgementsOf(caseId)) {
            String key = ack.rule() + "@" + ack.breachedAt();
            done.add(key);
            String by = accounts.find(ack.by()).map(UserSummary::displayName).orElse("") + " · "
                    + agencies.name(ack.agency(), locale);
            notes.add(new Note(ack.rule(), ack.breachedAt(), by, ack.at(), ack.note(), escalations.get(key)));
        }
        escalations.forEach((key, at) -> {
            if (!done.contains(key)) {
                int split = key.indexOf('@');
                notes.add(new Note(key.substring(0, split), Instant.parse(key.substring(split + 1)), null, null,
                        null, at));
            }
        });
        return notes;
    }
}

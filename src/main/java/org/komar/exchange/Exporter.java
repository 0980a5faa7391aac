package org.komar.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.access.UserId;
import org.komar.cases.CaseExports;
import org.komar.cases.CaseParty;
import org.komar.child.BirthDateClaim;
import org.komar.child.Child;
import org.komar.shared.CaseId;
import org.komar.timeline.LegalEvent;
import org.springframework.stereotype.Service;

/**
 * Writes every case in the caller's scope as NDJSON, one {@link ExchangeBundle} per line, in case-id order, page by
 * page (each page read and audited in a transaction of its own, then written and flushed), so that memory stays
 * flat whatever the size. The lines are the import's format: importing them elsewhere and exporting again gives the
 * same bytes.
 */
@Service
public class Exporter {

    static final int PAGE = 200;

    private final CaseExports cases;
    private final AgencyDirectory agencies;
    private final Accounts accounts;

    Exporter(CaseExports cases, AgencyDirectory agencies, Accounts accounts) {
        this.cases = cases;
        this.agencies = agencies;
        this.accounts = accounts;
    }

    /** Checks the permission before anything is written, so that a refusal is still a clean answer. */
    public void check(Actor actor) {
        actor.require(Permission.CASE_READ);
    }

    /** Writes the export; answers the number of cases written. */
    public long export(Actor actor, OutputStream out) {
        check(actor);
        Map<UserId, String> usernames = new HashMap<>();
        long written = 0;
        CaseId after = null;
        try {
            while (true) {
                List<CaseExports.ExportedCase> page = cases.page(actor, after, PAGE);
                if (page.isEmpty()) {
                    out.flush();
                    return written;
                }
                StringBuilder text = new StringBuilder();
                for (CaseExports.ExportedCase kase : page) {
                    text.append(ExchangeJson.write(bundle(kase, usernames))).append('\n');
                }
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                written += page.size();
                after = page.get(page.size() - 1).id();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ExchangeBundle bundle(CaseExports.ExportedCase kase, Map<UserId, String> usernames) {
        Child child = kase.child();
        BirthDateClaim claim = child.birthClaim();
        ExchangeBundle.Child childPart = new ExchangeBundle.Child(child.id().toString(),
                new ExchangeBundle.Name(child.nameLatin(), child.nameKhmer()), child.sex().name(),
                claim == null ? null : claim.date().toString(), claim == null ? null : claim.precision().name(),
                claim == null ? null : claim.evidence().name(), child.residence(), child.disability(),
                child.disabilityNote(), child.ethnicity() == null ? null : child.ethnicity().name(),
                child.nationality(), child.languages().isEmpty() ? null : child.languages(),
                child.guardians().isEmpty() ? null : child.guardians().stream().map(g -> new ExchangeBundle.Guardian(
                        g.name(), g.relationship().name(), g.phone(), g.address())).toList(),
                instant(child.registeredAt()), agency(child.ownerAgency()));
        var offence = kase.offence();
        List<ExchangeBundle.Party> parties = new ArrayList<>();
        for (CaseParty party : kase.parties()) {
            parties.add(new ExchangeBundle.Party(party.agencyId() == null ? null : agency(party.agencyId()),
                    party.userId() == null ? null : user(party.userId(), usernames), party.function().name(),
                    party.active() ? null : Boolean.FALSE, instant(party.since()), instant(party.until())));
        }
        // Parties that joined at the same moment come in an order of their content, not of their row ids (which an
        // import makes anew), so that a case exports the same wherever it was imported.
        parties.sort(Comparator.comparing((ExchangeBundle.Party p) -> Instant.parse(p.since()))
                .thenComparing(ExchangeBundle.Party::function)
                .thenComparing(p -> p.agency() == null ? "" : p.agency())
                .thenComparing(p -> p.username() == null ? "" : p.username()));
        ExchangeBundle.Case casePart = new ExchangeBundle.Case(kase.id().toString(), kase.caseNumber(),
                kase.role().name(), offence == null ? null : new ExchangeBundle.Offence(
                        offence.code() == null ? null : offence.code().name(),
                        offence.offenceClass() == null ? null : offence.offenceClass().name(), offence.intentional(),
                        offence.minPenaltyMonths(), offence.maxPenaltyMonths()),
                kase.offenceDate() == null ? null : kase.offenceDate().toString(), kase.place(), kase.province(),
                agency(kase.ownerAgency()), instant(kase.openedAt()), parties);
        List<LegalEvent> recorded = new ArrayList<>(kase.timeline().all());
        recorded.sort(Comparator.comparingInt(LegalEvent::seq));
        List<ExchangeBundle.Event> events = new ArrayList<>();
        for (LegalEvent event : recorded) {
            events.add(new ExchangeBundle.Event(event.id().toString(), event.type().name(),
                    event.occurredAt().toString(), instant(event.recordedAt()), user(event.recordedBy(), usernames),
                    event.attributes().asMap().isEmpty() ? null : event.attributes().asMap(),
                    event.voiding() == null ? null : new ExchangeBundle.Voided(event.voiding().reason(),
                            instant(event.voiding().voidedAt()), user(event.voiding().voidedBy(), usernames))));
        }
        return new ExchangeBundle(childPart, casePart, events);
    }

    private String agency(AgencyId id) {
        return agencies.find(id).map(a -> a.code()).orElse(null);
    }

    /** The username, or the id where no account has it (Komar itself, or an account since gone). */
    private String user(UserId id, Map<UserId, String> usernames) {
        return usernames.computeIfAbsent(id, key -> accounts.find(key).map(u -> u.username())
                .orElse(key.toString()));
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

package org.komar.worklist;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.Permission;
import org.komar.access.UserSummary;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.cases.CaseService;
import org.komar.safeguards.SafeguardStatus;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail notices of alerts ({@code komar.mail.*}, off unless enabled), sent by the sweep to every enabled person with
 * an e-mail address whose data scope covers the case: a breach Komar saw arise (within {@code breach-window}), a
 * deadline falling due within 24 hours, and, to supervisors, a breach escalated to them. One message per person per
 * sweep, in the person's language with the other language below. A message names no child and holds no personal
 * data: for each alert only what kind it is, the case number and a link to the case page (addressed by its random
 * id, as every page is; docs/security.md). Each notice is claimed in {@code worklist_notice} before sending, so no
 * alert is mailed twice to anyone, even from two nodes; a message the server refused is tried again at the next
 * sweep. Each notice sent is audited ({@code ALERT_NOTICE_MAILED}: the case, the person, never an address).
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);
    static final Duration SOON = Duration.ofHours(24);

    /** What a notice is about. */
    enum Kind { BREACH, DUE_SOON, ESCALATED }

    /** One alert to tell one person about; {@code moment} identifies the alert (breach or due moment). */
    record Notice(CaseId caseId, ChildId childId, String caseNumber, String rule, Kind kind, Instant moment) {

        String key() {
            return caseId + "|" + rule + "|" + kind + "|" + moment;
        }
    }

    private final MailProperties mail;
    private final JavaMailSender sender;
    private final JdbcClient jdbc;
    private final CaseService cases;
    private final Accounts accounts;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    @Autowired
    AlertMail(MailProperties mail, JdbcClient jdbc, CaseService cases, Accounts accounts, AgencyDirectory agencies,
              MessageSource messages, AuditLog audit, PlatformTransactionManager transactionManager, Clock clock) {
        this(mail, senderFor(mail), jdbc, cases, accounts, agencies, messages, audit, transactionManager, clock);
    }

    AlertMail(MailProperties mail, JavaMailSender sender, JdbcClient jdbc, CaseService cases, Accounts accounts,
              AgencyDirectory agencies, MessageSource messages, AuditLog audit,
              PlatformTransactionManager transactionManager, Clock clock) {
        this.mail = mail;
        this.sender = sender;
        this.jdbc = jdbc;
        this.cases = cases;
        this.accounts = accounts;
        this.agencies = agencies;
        this.messages = messages;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * The SMTP client, built here rather than declared as a bean: a mail sender bean would add a health check that
     * reports Komar down whenever the mail server is, and mail is not what Komar is for.
     */
    static JavaMailSenderImpl senderFor(MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        if (mail.username() != null && !mail.username().isBlank()) {
            sender.setUsername(mail.username());
            sender.setPassword(mail.password());
        }
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.auth", String.valueOf(mail.username() != null && !mail.username().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(mail.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(mail.starttls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** Sends the notices due as of now; answers how many messages went out (0 when mail is off). */
    int send() {
        if (!mail.enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (UserSummary user : accounts.all()) {
            if (!user.enabled() || user.email() == null || user.email().isBlank()) {
                continue;
            }
            Actor actor = actorOf(user);
            if (!actor.has(Permission.CASE_READ)) {
                continue;
            }
            List<Notice> claimed = transactions.execute(status -> claim(actor, due(actor, now), now));
            if (claimed == null || claimed.isEmpty()) {
                continue;
            }
            try {
                sender.send(message(user, claimed));
            } catch (MailException | MessagingException refused) {
                log.warn("E-mail notice to user {} not sent ({}); tried again at the next sweep", user.id(),
                        refused.getClass().getSimpleName());
                transactions.executeWithoutResult(status -> release(actor, claimed));
                continue;
            }
            transactions.executeWithoutResult(status -> sent(actor, claimed, now));
            sent++;
        }
        return sent;
    }

    /** The notices the person should get as of now and has not had. */
    private List<Notice> due(Actor actor, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String scope = cases.scopeCondition(actor, "a.case_id", params);
        boolean supervisor = actor.has(Permission.ALERT_SUPERVISE);
        Instant windowStart = now.minus(mail.breachWindow());
        params.put("windowStart", AlertStore.utc(windowStart));
        params.put("now", AlertStore.utc(now));
        params.put("soon", AlertStore.utc(now.plus(SOON)));
        String escalated = supervisor ? " OR e.escalated_at >= :windowStart" : "";
        List<Notice> notices = new ArrayList<>();
        jdbc.sql("""
                        SELECT a.*, e.escalated_at FROM worklist_alert a
                        LEFT JOIN worklist_acknowledgement k
                               ON k.case_id = a.case_id AND k.rule_code = a.rule_code AND k.breached_at = a.breached_at
                        LEFT JOIN worklist_escalation e
                               ON e.case_id = a.case_id AND e.rule_code = a.rule_code AND e.breached_at = a.breached_at
                        WHERE k.id IS NULL AND ((a.status = 'BREACHED' AND a.announce = TRUE
                                                 AND a.seen_at >= :windowStart)
                           OR (a.status = 'PENDING' AND a.due_at > :now AND a.due_at <= :soon)""" + escalated
                        + ") AND " + scope)
                .params(params).query((ResultSet rs) -> {
                    Alert alert = AlertStore.alert(rs);
                    Instant escalatedAt = AlertStore.instant(rs, "escalated_at");
                    if (alert.status() == SafeguardStatus.PENDING) {
                        notices.add(notice(alert, Kind.DUE_SOON, alert.dueAt()));
                        return;
                    }
                    if (alert.announce() && !alert.seenAt().isBefore(windowStart)) {
                        notices.add(notice(alert, Kind.BREACH, alert.breachedAt()));
                    }
                    if (supervisor && escalatedAt != null && !escalatedAt.isBefore(windowStart)) {
                        notices.add(notice(alert, Kind.ESCALATED, alert.breachedAt()));
                    }
                });
        if (notices.isEmpty()) {
            return notices;
        }
        Set<String> had = new HashSet<>();
        for (List<UUID> chunk : AlertStore.chunks(notices.stream().map(Notice::caseId).distinct().toList())) {
            jdbc.sql("SELECT case_id, rule_code, kind, moment FROM worklist_notice WHERE user_id = :user"
                            + " AND case_id IN (:ids)")
                    .param("user", actor.userId().value()).param("ids", chunk)
                    .query((ResultSet rs) -> {
                        had.add(new CaseId(rs.getObject(1, UUID.class)) + "|" + rs.getString(2) + "|"
                                + rs.getString(3) + "|" + AlertStore.instant(rs, "moment"));
                    });
        }
        return notices.stream().filter(n -> !had.contains(n.key())).toList();
    }

    private static Notice notice(Alert alert, Kind kind, Instant moment) {
        return new Notice(alert.caseId(), alert.childId(), alert.caseNumber(), alert.rule(), kind, moment);
    }

    /** Takes each notice for this person; one another node took first is left to it. */
    private List<Notice> claim(Actor actor, List<Notice> notices, Instant now) {
        List<Notice> claimed = new ArrayList<>();
        for (Notice notice : notices) {
            try {
                savepoint.executeWithoutResult(status -> jdbc.sql("""
                                INSERT INTO worklist_notice (case_id, rule_code, kind, moment, user_id, status,
                                                             claimed_at)
                                VALUES (:case, :rule, :kind, :moment, :user, 'CLAIMED', :at)""")
                        .param("case", notice.caseId().value()).param("rule", notice.rule())
                        .param("kind", notice.kind().name()).param("moment", AlertStore.utc(notice.moment()))
                        .param("user", actor.userId().value()).param("at", AlertStore.utc(now)).update());
                claimed.add(notice);
            } catch (DuplicateKeyException taken) {
                // claimed by another node's sweep
            }
        }
        return claimed;
    }

    private void release(Actor actor, List<Notice> notices) {
        for (Notice notice : notices) {
            jdbc.sql("DELETE FROM worklist_notice WHERE case_id = :case AND rule_code = :rule AND kind = :kind"
                            + " AND moment = :moment AND user_id = :user AND status = 'CLAIMED'")
                    .param("case", notice.caseId().value()).param("rule", notice.rule())
                    .param("kind", notice.kind().name()).param("moment", AlertStore.utc(notice.moment()))
                    .param("user", actor.userId().value()).update();
        }
    }

    private void sent(Actor actor, List<Notice> notices, Instant now) {
        for (Notice notice : notices) {
            jdbc.sql("UPDATE worklist_notice SET status = 'SENT', sent_at = :at WHERE case_id = :case"
                            + " AND rule_code = :rule AND kind = :kind AND moment = :moment AND user_id = :user")
                    .param("case", notice.caseId().value()).param("rule", notice.rule())
                    .param("kind", notice.kind().name()).param("moment", AlertStore.utc(notice.moment()))
                    .param("user", actor.userId().value()).param("at", AlertStore.utc(now)).update();
            audit.record(null, "ALERT_NOTICE_MAILED", AuditSubject.ofCase(notice.caseId().value(),
                    notice.childId().value()), null, "user=" + actor.userId() + " kind=" + notice.kind()
                    + " rule=" + notice.rule());
        }
    }

    /** The message: the person's language first, the other below; kinds, case numbers and links only. */
    private MimeMessage message(UserSummary user, List<Notice> notices) throws MessagingException {
        Locale first = "en".equals(user.locale()) ? Locale.ENGLISH : Locale.forLanguageTag("km");
        Locale second = first == Locale.ENGLISH ? Locale.forLanguageTag("km") : Locale.ENGLISH;
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(mail.from());
        helper.setTo(user.email());
        helper.setSubject(text("worklist.mail.subject", first, notices.size()));
        helper.setText(body(notices, first) + "\n\n----------------------------------------\n\n"
                + body(notices, second), false);
        return message;
    }

    private String body(List<Notice> notices, Locale locale) {
        StringBuilder body = new StringBuilder();
        body.append(text("worklist.mail.opening", locale)).append("\n\n");
        for (Notice notice : notices) {
            body.append("- ").append(text("worklist.mail.kind." + notice.kind(), locale)).append(": ")
                    .append(text("worklist.mail.case", locale, notice.caseNumber())).append("\n  ")
                    .append(mail.baseUrl()).append("/cases/").append(notice.caseId()).append("\n");
        }
        body.append("\n").append(text("worklist.mail.closing", locale, mail.baseUrl() + "/worklist")).append("\n");
        return body.toString();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private Actor actorOf(UserSummary user) {
        String province = agencies.find(user.agencyId()).map(agency -> agency.provinceCode()).orElse(null);
        return new Actor(user.id(), user.username(), user.displayName(), user.agencyId(), province, user.roles(),
                Locale.forLanguageTag(user.locale()));
    }

}

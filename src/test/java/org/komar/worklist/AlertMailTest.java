package org.komar.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.worklist.Scenes.aFifteenYearOldInCustodySince;
import static org.komar.worklist.Scenes.at;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.Role;
import org.komar.audit.AuditLog;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * E-mail notices, received by a real SMTP server (GreenMail): a new breach and a deadline within 24 hours reach the
 * people whose scope covers the case and who have an address, in their language with the other below; a message
 * holds the case number and a link to the case page and nothing about the child; nothing is mailed twice; a breach
 * escalated reaches the supervisor as such; a message the server refused is sent at the next sweep.
 */
class AlertMailTest extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseService cases;

    @Autowired
    Accounts accounts;

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    MessageSource messages;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock appClock;

    @Autowired
    Escalations escalations;

    private Actor police;
    private Actor prosecutor;
    private Actor chief;
    private Actor elsewhere;
    private CaseView breached;
    private CaseView dueTonight;

    /**
     * At 10:00 a child has been held past the 24-hour custody limit since yesterday 08:00 (a breach Komar sees now),
     * and another's limit falls at 20:00. The officer reads English, the prosecutor Khmer; the unit's chief
     * supervises; an officer of another unit has an address too.
     */
    @BeforeEach
    void twoChildrenInCustodyAndFourPeopleWithAddresses() {
        clock.set(at("2026-11-10T10:00"));
        police = withAddress(fixtures.actor(Role.POLICE, "12"), "en");
        prosecutor = withAddress(fixtures.actor(Role.PROSECUTOR, "12"), "km");
        chief = withAddress(fixtures.actor(Role.SUPERVISOR, agencies.require(police.agencyId())), "en");
        elsewhere = withAddress(fixtures.actor(Role.POLICE, "12"), "en");
        breached = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-08T08:00");
        dueTonight = aFifteenYearOldInCustodySince(fixtures, police, "2026-11-09T20:00");
    }

    @Test
    void each_person_in_scope_gets_one_message_with_case_numbers_and_links_and_nothing_about_the_child()
            throws Exception {
        assertThat(mail(smtp.getSmtp().getPort()).send()).isPositive();

        MimeMessage english = only(police);
        assertThat(english.getSubject()).startsWith("Komar: ").endsWith("safeguard alert(s) on cases you may see");
        assertThat(english.getFrom()[0].toString()).isEqualTo("komar@test.example");
        String body = (String) english.getContent();
        assertThat(body).contains("A safeguard was breached: case " + breached.caseNumber(),
                "https://komar.test.example/cases/" + breached.id(),
                "A safeguard deadline falls due within 24 hours: case " + dueTonight.caseNumber(),
                "https://komar.test.example/cases/" + dueTonight.id(),
                "ការការពារមួយត្រូវបានរំលោភ");
        assertThat(body.indexOf("A safeguard was breached")).as("English first")
                .isLessThan(body.indexOf("ការការពារមួយត្រូវបានរំលោភ"));
        assertThat(body + english.getSubject()).doesNotContain("Sok Dara", "សុខ ដារា", "2011",
                breached.childId().toString(), dueTonight.childId().toString(), "PC-1", "custody", "Custody");

        String khmer = (String) only(prosecutor).getContent();
        assertThat(only(prosecutor).getSubject()).startsWith("Komar៖");
        assertThat(khmer.indexOf("ការការពារមួយត្រូវបានរំលោភ")).as("Khmer first")
                .isLessThan(khmer.indexOf("A safeguard was breached"));
        assertThat(to(elsewhere)).as("out of scope").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ALERT_NOTICE_MAILED' AND case_id = :c"
                        + " AND details LIKE :who").param("c", breached.id().value())
                .param("who", "user=" + police.userId() + " kind=BREACH%").query(Long.class).single()).isPositive();
    }

    @Test
    void no_alert_is_mailed_twice_and_a_new_breach_is_mailed_once_when_the_sweep_finds_it(
            @Autowired WorklistSweep sweep) throws Exception {
        AlertMail mail = mail(smtp.getSmtp().getPort());
        mail.send();
        int first = to(police).size();
        assertThat(first).isEqualTo(1);
        mail.send();
        assertThat(to(police)).as("nothing new, nothing sent").hasSize(1);

        clock.set(at("2026-11-10T21:00"));
        sweep.sweep();
        mail.send();
        List<MimeMessage> received = to(police);
        assertThat(received).hasSize(2);
        String second = (String) received.get(1).getContent();
        assertThat(second).contains("A safeguard was breached: case " + dueTonight.caseNumber())
                .doesNotContain("case " + breached.caseNumber());
        mail.send();
        assertThat(to(police)).hasSize(2);
    }

    @Test
    void a_breach_escalated_reaches_the_supervisor_as_escalated() throws Exception {
        AlertMail mail = mail(smtp.getSmtp().getPort());
        mail.send();
        int before = to(chief).size();
        clock.set(at("2026-11-11T10:00"));
        escalations.escalate();
        mail.send();
        List<MimeMessage> received = to(chief);
        assertThat(received).hasSize(before + 1);
        assertThat((String) received.get(received.size() - 1).getContent())
                .contains("A breach nobody acknowledged was escalated to you: case " + breached.caseNumber());
        assertThat(to(police).stream().map(this::content)).noneMatch(text -> text.contains("escalated to you"));
    }

    @Test
    void a_message_the_server_refused_is_sent_at_the_next_sweep() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        mail(closed).send();
        assertThat(to(police)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM worklist_notice WHERE user_id = :u")
                .param("u", police.userId().value()).query(Long.class).single()).isZero();

        mail(smtp.getSmtp().getPort()).send();
        assertThat(to(police)).hasSize(1);
    }

    @Test
    void nothing_is_sent_while_mail_is_off() {
        AlertMail off = new AlertMail(new MailProperties(false, "127.0.0.1", smtp.getSmtp().getPort(), null, null,
                false, null, null, null), jdbc, cases, accounts, agencies, messages, audit, transactions, appClock);
        assertThat(off.send()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private AlertMail mail(int port) {
        MailProperties properties = new MailProperties(true, "127.0.0.1", port, null, null, false,
                "komar@test.example", "https://komar.test.example/", Duration.ofHours(24));
        return new AlertMail(properties, AlertMail.senderFor(properties), jdbc, cases, accounts, agencies, messages,
                audit, transactions, appClock);
    }

    private Actor withAddress(Actor actor, String language) {
        accounts.setEmail(actor.userId(), address(actor));
        accounts.setPreferences(actor.userId(), language, false);
        return actor;
    }

    private static String address(Actor actor) {
        return actor.username().toLowerCase(Locale.ROOT) + "@komar.test";
    }

    private List<MimeMessage> to(Actor actor) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address(actor)));
            } catch (Exception unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private MimeMessage only(Actor actor) {
        List<MimeMessage> received = to(actor);
        assertThat(received).as("messages to " + actor.username()).hasSize(1);
        return received.get(0);
    }

    private String content(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

}

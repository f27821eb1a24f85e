package app.casebook.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.MemberRole;
import app.casebook.collaboration.PersonChannel;
import app.casebook.membership.MemberJoined;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.review.ReviewDecided;
import app.casebook.review.ReviewDecision;
import app.casebook.review.ReviewFixture;
import app.casebook.review.ReviewService;
import app.casebook.review.VersionSubmitted;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through a real in-process SMTP server (GreenMail). The application's context runs without a mail host
 * (mail off); these tests build the outbox with mail on around the context's repository, so no context variant.
 */
@CasebookSpringTest
class MailOutboxTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Fixtures fixtures;
    @Autowired
    NotificationRepository repository;
    @Autowired
    PersonChannel channel;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    ReviewService reviews;
    @Autowired
    CaseStudyService caseStudies;

    private MailOutbox outbox;
    private Notifier notifier;

    @BeforeEach
    void mailOn() {
        outbox = outbox(clock);
        notifier = new Notifier(repository, outbox, channel, clock);
    }

    private MailOutbox outbox(Clock at) {
        MailSettings settings = new MailSettings("127.0.0.1", "casebook@casebook.test", "https://casebook.example/");
        ObjectProvider<JavaMailSender> none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        return new MailOutbox(repository, settings, none, at);
    }

    private JavaMailSender greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return sender;
    }

    private static JavaMailSender down() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(1); // nothing listens there
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "1000");
        return sender;
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void a_notification_is_mailed_to_its_recipient_with_a_link_to_the_place() throws Exception {
        Account casey = fixtures.account("Casey");
        long caseStudyId = fixtures.importSeed(casey);
        Account riley = fixtures.account("Riley");

        transactions.executeWithoutResult(s -> notifier.on(new MemberJoined(caseStudyId, riley.id(), riley.id(),
                "Riley", MemberRole.REVIEWER)));
        outbox.sendDue(greenMail());

        List<MimeMessage> mails = to(casey.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject())
                .isEqualTo("Casebook: Riley accepted your invitation to “Platform Scaling for Hypergrowth” as reviewer.");
        assertThat(mails.getFirst().getFrom()[0].toString()).isEqualTo("casebook@casebook.test");
        assertThat(GreenMailUtil.getBody(mails.getFirst()))
                .contains("https://casebook.example/case-studies/" + caseStudyId);
        assertThat(to(riley.email())).isEmpty();
    }

    @Test
    void nothing_is_mailed_for_a_kind_the_person_chose_never_for() {
        Account casey = fixtures.account("Casey");
        long caseStudyId = fixtures.importSeed(casey);
        transactions.executeWithoutResult(s -> repository.setEmail(casey.id(), NotificationKind.INVITATION_ACCEPTED,
                false));

        Account riley = fixtures.account("Riley");
        transactions.executeWithoutResult(s -> notifier.on(new MemberJoined(caseStudyId, riley.id(), riley.id(),
                "Riley", MemberRole.VIEWER)));
        outbox.sendDue(greenMail());

        assertThat(to(casey.email())).isEmpty();
    }

    @Test
    void an_invitation_link_is_mailed_to_the_invited_address() throws Exception {
        String address = "invited-" + System.nanoTime() + "@casebook.test";

        transactions.executeWithoutResult(s -> outbox.invitationMade(address, "Casey", "My story", "secret-token"));
        outbox.sendDue(greenMail());

        List<MimeMessage> mails = to(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Casebook: Casey invites you to “My story”");
        assertThat(GreenMailUtil.getBody(mails.getFirst())).contains("https://casebook.example/invitation/secret-token");
    }

    @Test
    void mail_is_kept_while_the_smtp_server_is_down_and_sent_on_a_later_attempt() throws Exception {
        String address = "later-" + System.nanoTime() + "@casebook.test";
        transactions.executeWithoutResult(s -> outbox.invitationMade(address, "Casey", "My story", "token-2"));

        assertThat(outbox.sendDue(down())).isZero();
        assertThat(outbox.sendDue(greenMail())).as("not due again before the back-off").isZero();
        assertThat(to(address)).isEmpty();

        MailOutbox later = outbox(Clock.offset(clock, Duration.ofMinutes(2)));
        assertThat(later.sendDue(greenMail())).isGreaterThanOrEqualTo(1);
        assertThat(to(address)).hasSize(1);
    }

    @Test
    void a_review_request_is_mailed_to_each_required_reviewer_unless_they_chose_never_for_it() throws Exception {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        transactions.executeWithoutResult(s -> repository.setEmail(f.reviewer2().id(),
                NotificationKind.REVIEW_REQUESTED, false));
        long versionId = Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer1().id(),
                f.reviewer2().id()), true));

        transactions.executeWithoutResult(s -> notifier.on(new VersionSubmitted(f.caseStudyId(), f.owner().id(),
                versionId, 1, 2, 0)));
        outbox.sendDue(greenMail());

        List<MimeMessage> mails = to(f.reviewer1().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Casebook: Casey Candidate asks for your review of "
                + "version 1 of “Platform Scaling for Hypergrowth”.");
        assertThat(mails.getFirst().getContent().toString())
                .contains("https://casebook.example/case-studies/" + f.caseStudyId() + "?panel=review");
        assertThat(to(f.reviewer2().email())).as("chose never for review requests").isEmpty();
        assertThat(to(f.owner().email())).isEmpty();
    }

    @Test
    void a_decision_is_mailed_to_the_owner_unless_they_chose_never_for_it() throws Exception {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        long versionId = Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer1().id()),
                true));

        transactions.executeWithoutResult(s -> notifier.on(new ReviewDecided(f.caseStudyId(), f.reviewer1().id(),
                versionId, 1, ReviewDecision.CHANGES_REQUESTED, false)));
        outbox.sendDue(greenMail());
        List<MimeMessage> mails = to(f.owner().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Casebook: Riley Reviewer requested changes to version 1 "
                + "of “Platform Scaling for Hypergrowth”.");
        assertThat(to(f.reviewer1().email())).isEmpty();

        transactions.executeWithoutResult(s -> repository.setEmail(f.owner().id(), NotificationKind.DECISION, false));
        transactions.executeWithoutResult(s -> notifier.on(new ReviewDecided(f.caseStudyId(), f.reviewer1().id(),
                versionId, 1, ReviewDecision.APPROVED, true)));
        outbox.sendDue(greenMail());
        assertThat(to(f.owner().email())).as("chose never for decisions").hasSize(1);
    }
}

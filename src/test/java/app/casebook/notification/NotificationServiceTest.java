package app.casebook.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.casebook.account.Account;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.CaseStudyPurging;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.collaboration.PersonChannel;
import app.casebook.membership.InvitationService;
import app.casebook.membership.MemberService;
import app.casebook.review.ReviewFixture;
import app.casebook.review.ReviewService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@CasebookSpringTest
class NotificationServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    NotificationService notifications;
    @Autowired
    InvitationService invitations;
    @Autowired
    PersonChannel channel;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ReviewService reviews;
    @Autowired
    MemberService members;
    @Autowired
    CaseStudyService caseStudies;

    private Account casey;
    private long caseStudyId;

    @BeforeEach
    void seed() {
        casey = fixtures.account("Casey Candidate");
        caseStudyId = fixtures.importSeed(casey);
    }

    /** {@code name} accepts an invitation of Casey's to the case study. */
    private Account joins(String name) {
        Account person = fixtures.account(name);
        String token = Fixtures.as(casey, () -> invitations.invite(caseStudyId, person.email(), MemberRole.REVIEWER))
                .token();
        Fixtures.as(person, () -> invitations.accept(token));
        return person;
    }

    private List<Notification> of(Account account) {
        return Fixtures.as(account, () -> notifications.mine(0, 20));
    }

    @Test
    void the_owner_is_notified_when_an_invitation_is_accepted_and_the_joiner_is_not() {
        Account riley = joins("Riley Reviewer");

        await().atMost(Duration.ofSeconds(10)).until(() -> !of(casey).isEmpty());
        Notification n = of(casey).getFirst();
        assertThat(n.kind()).isEqualTo(NotificationKind.INVITATION_ACCEPTED);
        assertThat(n.text()).isEqualTo("Riley Reviewer accepted your invitation to “Platform Scaling for "
                + "Hypergrowth” as reviewer.");
        assertThat(n.path()).isEqualTo("case-studies/" + caseStudyId);
        assertThat(n.read()).isFalse();
        assertThat(Fixtures.as(casey, notifications::unreadCount)).isEqualTo(1);
        assertThat(of(riley)).isEmpty();
    }

    @Test
    void nobody_is_notified_of_their_own_action() {
        Account riley = fixtures.account("Riley");
        transactions.executeWithoutResult(s -> events.publishEvent(new app.casebook.membership.MemberJoined(
                caseStudyId, casey.id(), casey.id(), "Casey", MemberRole.EDITOR)));

        assertThat(of(casey)).isEmpty();
        assertThat(of(riley)).isEmpty();
    }

    @Test
    void notifications_come_newest_first_in_pages_and_are_marked_read_one_or_all() {
        joins("First");
        joins("Second");
        joins("Third");
        await().atMost(Duration.ofSeconds(10)).until(() -> of(casey).size() == 3);

        List<Notification> page1 = Fixtures.as(casey, () -> notifications.mine(0, 2));
        List<Notification> page2 = Fixtures.as(casey, () -> notifications.mine(2, 2));
        assertThat(page1).extracting(n -> n.params().get("name")).containsExactly("Third", "Second");
        assertThat(page2).extracting(n -> n.params().get("name")).containsExactly("First");
        assertThat(Fixtures.as(casey, notifications::count)).isEqualTo(3);

        Fixtures.as(casey, () -> notifications.markRead(page1.getFirst().id()));
        assertThat(Fixtures.as(casey, notifications::unreadCount)).isEqualTo(2);
        assertThat(of(casey).getFirst().read()).isTrue();

        assertThat(Fixtures.as(casey, notifications::markAllRead)).isEqualTo(2);
        assertThat(Fixtures.as(casey, notifications::unreadCount)).isZero();
    }

    @Test
    void nobody_reads_or_marks_another_persons_notification() {
        joins("Riley");
        await().atMost(Duration.ofSeconds(10)).until(() -> !of(casey).isEmpty());
        long id = of(casey).getFirst().id();
        Account mallory = fixtures.account("Mallory");

        assertThatThrownBy(() -> Fixtures.as(mallory, () -> notifications.markRead(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Fixtures.as(casey, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void the_persons_live_channel_is_signalled_when_a_notification_arrives() {
        AtomicInteger signals = new AtomicInteger();
        try (var ignored = channel.subscribe(casey.id(), signals::incrementAndGet)) {
            joins("Riley");

            await().atMost(Duration.ofSeconds(5)).until(() -> signals.get() >= 1);
        }
    }

    @Test
    void email_choices_default_to_immediately_and_are_kept_per_kind() {
        assertThat(Fixtures.as(casey, notifications::emailChoices)).containsEntry(NotificationKind.MENTION, true);

        Fixtures.as(casey, () -> notifications.setEmail(NotificationKind.MENTION, false));
        Fixtures.as(casey, () -> notifications.setEmail(NotificationKind.MENTION, false));

        assertThat(Fixtures.as(casey, notifications::emailChoices)).containsEntry(NotificationKind.MENTION, false)
                .containsEntry(NotificationKind.REPLY, true);
    }

    @Test
    void a_purged_case_study_takes_its_notifications_with_it() {
        joins("Riley");
        await().atMost(Duration.ofSeconds(10)).until(() -> !of(casey).isEmpty());

        transactions.executeWithoutResult(s -> events.publishEvent(new CaseStudyPurging(caseStudyId)));

        assertThat(of(casey)).isEmpty();
    }

    @Test
    void each_required_reviewer_is_asked_for_their_review_when_a_version_is_submitted_and_the_owner_is_not() {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        Account other = fixtures.account("Uninvolved Reviewer");
        fixtures.addMember(f.caseStudyId(), other, MemberRole.REVIEWER);

        Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "Please read", List.of(f.reviewer1().id(),
                f.reviewer2().id()), true));

        await().atMost(Duration.ofSeconds(10)).until(() -> !of(f.reviewer1()).isEmpty() && !of(f.reviewer2()).isEmpty());
        Notification n = of(f.reviewer1()).getFirst();
        assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_REQUESTED);
        assertThat(n.text()).isEqualTo("Casey Candidate asks for your review of version 1 of “Platform Scaling for "
                + "Hypergrowth”.");
        assertThat(n.path()).isEqualTo("case-studies/" + f.caseStudyId() + "?panel=review");
        assertThat(of(f.reviewer2())).extracting(Notification::kind).containsExactly(NotificationKind.REVIEW_REQUESTED);
        assertThat(of(other)).as("not a required reviewer of this version").isEmpty();
        assertThat(of(f.owner())).as("nobody is notified of their own submission").isEmpty();
    }

    @Test
    void a_reviewer_added_to_a_version_in_review_is_asked_for_their_review() {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        long versionId = Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer1().id()),
                true));

        Fixtures.as(f.owner(), () -> reviews.addReviewer(versionId, f.reviewer2().id()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !of(f.reviewer2()).isEmpty());
        assertThat(of(f.reviewer2()).getFirst().text()).isEqualTo("Casey Candidate asks for your review of version 1 "
                + "of “Platform Scaling for Hypergrowth”.");
    }

    @Test
    void the_owner_hears_who_approved_and_who_requested_changes_and_the_reviewer_does_not() {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        long versionId = Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer1().id(),
                f.reviewer2().id()), true));

        Fixtures.as(f.reviewer1(), () -> reviews.approve(versionId, "Good"));
        Fixtures.as(f.reviewer2(), () -> reviews.requestChanges(versionId, "Shorten the context"));

        await().atMost(Duration.ofSeconds(10)).until(() -> of(f.owner()).size() == 2);
        assertThat(of(f.owner())).extracting(Notification::kind)
                .containsExactly(NotificationKind.DECISION, NotificationKind.DECISION);
        // Both decisions come within a millisecond or two, and their listeners run apart: either may be stored first.
        assertThat(of(f.owner())).extracting(Notification::text).containsExactlyInAnyOrder(
                "Robin Reviewer requested changes to version 1 of “Platform Scaling for Hypergrowth”.",
                "Riley Reviewer approved version 1 of “Platform Scaling for Hypergrowth”.");
        assertThat(of(f.owner()).getFirst().path()).isEqualTo("case-studies/" + f.caseStudyId() + "?panel=review");
        assertThat(of(f.reviewer1())).extracting(Notification::kind)
                .as("the reviewer was asked for a review, and hears nothing of their own decision")
                .containsExactly(NotificationKind.REVIEW_REQUESTED);
    }

    @Test
    void the_submitter_who_is_no_longer_the_owner_hears_of_the_decision_too() {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        long versionId = Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer1().id()),
                true));
        Account newOwner = fixtures.account("Nora Newowner");
        fixtures.addMember(f.caseStudyId(), newOwner, MemberRole.EDITOR);
        Fixtures.as(f.owner(), () -> members.transferOwnership(f.caseStudyId(), newOwner.id()));

        Fixtures.as(f.reviewer1(), () -> reviews.approve(versionId, ""));

        await().atMost(Duration.ofSeconds(10)).until(() -> !of(newOwner).isEmpty() && !of(f.owner()).isEmpty());
        assertThat(of(newOwner).getFirst().text()).isEqualTo("Riley Reviewer approved version 1 of “Platform "
                + "Scaling for Hypergrowth”.");
        assertThat(of(f.owner()).getFirst().kind()).isEqualTo(NotificationKind.DECISION);
    }
}

package app.casebook.membership;

import static app.casebook.db.Tables.ACTIVITY;
import static app.casebook.db.Tables.INVITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.activity.ActivityType;
import app.casebook.base.CaseStudyEvent;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

@CasebookSpringTest
class InvitationServiceTest {

    @Autowired
    private Fixtures fixtures;
    @Autowired
    private InvitationService invitations;
    @Autowired
    private MemberService members;
    @Autowired
    private CaseStudyService caseStudies;
    @Autowired
    private DSLContext db;
    @Autowired
    private ConfigurableApplicationContext context;

    private final List<CaseStudyEvent> events = new CopyOnWriteArrayList<>();
    private final Recorder listener = new Recorder();

    /** A listener class, not a lambda: its event type is then known and it receives only case-study events. */
    private final class Recorder implements ApplicationListener<PayloadApplicationEvent<? extends CaseStudyEvent>> {
        @Override
        public void onApplicationEvent(PayloadApplicationEvent<? extends CaseStudyEvent> event) {
            events.add(event.getPayload());
        }
    }

    private Account owner;
    private long caseStudyId;

    @BeforeEach
    void setUp() {
        context.addApplicationListener(listener);
        owner = fixtures.account("Olivia Owner");
        caseStudyId = Fixtures.as(owner, () -> caseStudies.create("Invitations", caseStudies.templates().getFirst().id()));
    }

    @AfterEach
    void tearDown() {
        context.removeApplicationListener(listener);
    }

    @Test
    void the_link_holds_256_random_url_safe_bits_and_the_database_only_their_hash() {
        NewInvitation invitation = Fixtures.as(owner, () -> invitations.invite(caseStudyId, "Reva@Casebook.test ",
                MemberRole.REVIEWER));

        assertThat(invitation.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(invitation.path()).isEqualTo("invitation/" + invitation.token());
        assertThat(invitation.invitation().email()).isEqualTo("reva@casebook.test");
        String stored = db.select(INVITATION.TOKEN_HASH).from(INVITATION)
                .where(INVITATION.ID.eq(invitation.invitation().id())).fetchOne(INVITATION.TOKEN_HASH);
        assertThat(stored).isEqualTo(InvitationTokens.hash(invitation.token())).doesNotContain(invitation.token());
        assertThat(invitation.invitation().expiresAt())
                .isBetween(invitation.invitation().createdAt().plusSeconds(7 * 86400 - 1),
                        invitation.invitation().createdAt().plusSeconds(7 * 86400 + 1));
    }

    @Test
    void accepting_makes_a_member_with_the_role_and_uses_the_link_up() {
        Account riley = fixtures.account("Riley Reviewer");
        String token = invite(riley.email(), MemberRole.REVIEWER);

        long joined = Fixtures.as(riley, () -> invitations.accept(token));

        assertThat(joined).isEqualTo(caseStudyId);
        assertThat(Fixtures.as(riley, () -> caseStudies.myRole(caseStudyId))).isEqualTo(MemberRole.REVIEWER);
        assertThat(invitations.open(token)).isEmpty();
        Account other = fixtures.account("Otto Other");
        assertThatThrownBy(() -> Fixtures.as(other, () -> invitations.accept(token)))
                .isInstanceOf(InvalidInputException.class).hasMessage(InvitationService.NO_LONGER_VALID);
        assertThat(events).contains(new MemberJoined(caseStudyId, riley.id(), riley.id(), "Riley Reviewer",
                MemberRole.REVIEWER));
    }

    @Test
    void withdrawn_expired_unknown_and_malformed_links_all_get_the_same_answer() {
        Account vic = fixtures.account("Vic Viewer");
        String withdrawn = invite(vic.email(), MemberRole.VIEWER);
        long withdrawnId = Fixtures.as(owner, () -> invitations.pending(caseStudyId)).getFirst().id();
        Fixtures.as(owner, () -> invitations.withdraw(withdrawnId));
        String expired = invite("late@casebook.test", MemberRole.VIEWER);
        db.update(INVITATION).set(INVITATION.EXPIRES_AT, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .where(INVITATION.TOKEN_HASH.eq(InvitationTokens.hash(expired))).execute();
        String unknown = InvitationTokens.newToken();

        for (String token : List.of(withdrawn, expired, unknown, "short", "../../etc/passwd", "x".repeat(5000))) {
            assertThat(invitations.open(token)).as(token).isEmpty();
            assertThatThrownBy(() -> Fixtures.as(vic, () -> invitations.accept(token))).as(token)
                    .isInstanceOf(InvalidInputException.class).hasMessage(InvitationService.NO_LONGER_VALID);
            assertThatThrownBy(() -> invitations.register(token, "Vic", "vic-new@casebook.test", "a-long-password"))
                    .as(token).isInstanceOf(InvalidInputException.class).hasMessage(InvitationService.NO_LONGER_VALID);
        }
        assertThatThrownBy(() -> Fixtures.as(vic, () -> caseStudies.get(caseStudyId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void registering_with_a_link_creates_the_account_and_the_membership() {
        String token = invite("newcomer@casebook.test", MemberRole.EDITOR);
        InvitationLanding landing = invitations.open(token).orElseThrow();
        assertThat(landing.email()).isEqualTo("newcomer@casebook.test");
        assertThat(landing.caseStudyTitle()).isEqualTo("Invitations");
        assertThat(landing.invitedByName()).isEqualTo("Olivia Owner");

        String email = "newcomer-" + System.nanoTime() + "@casebook.test";
        Account account = invitations.register(token, "Nia Newcomer", email, "a-long-password");

        assertThat(Fixtures.as(account, () -> caseStudies.myRole(caseStudyId))).isEqualTo(MemberRole.EDITOR);
        assertThat(invitations.open(token)).isEmpty();
    }

    @Test
    void registration_refuses_a_taken_address_and_keeps_the_link_usable() {
        Account existing = fixtures.account("Ezra Existing");
        String token = invite(existing.email(), MemberRole.VIEWER);
        assertThat(invitations.open(token)).isPresent();

        assertThatThrownBy(() -> invitations.register(token, "Ezra", existing.email(), "a-long-password"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Log in");
        assertThat(invitations.open(token)).isPresent();
    }

    @Test
    void a_member_cannot_accept_again_and_the_link_stays_for_whoever_it_was_meant_for() {
        String token = invite("someone@casebook.test", MemberRole.EDITOR);

        assertThatThrownBy(() -> Fixtures.as(owner, () -> invitations.accept(token)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a member");
        assertThat(invitations.open(token)).isPresent();
        assertThat(Fixtures.as(owner, () -> caseStudies.myRole(caseStudyId))).isEqualTo(MemberRole.OWNER);
    }

    @Test
    void inviting_a_member_is_refused_and_inviting_again_replaces_the_earlier_link() {
        assertThatThrownBy(() -> invite(owner.email(), MemberRole.EDITOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a member");
        assertThatThrownBy(() -> invite("not an address", MemberRole.EDITOR))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> invite("owner2@casebook.test", MemberRole.OWNER))
                .isInstanceOf(InvalidInputException.class);

        String first = invite("twice@casebook.test", MemberRole.VIEWER);
        String second = invite("twice@casebook.test", MemberRole.EDITOR);

        assertThat(invitations.open(first)).isEmpty();
        assertThat(invitations.open(second).orElseThrow().role()).isEqualTo(MemberRole.EDITOR);
        assertThat(Fixtures.as(owner, () -> invitations.pending(caseStudyId))).extracting(Invitation::email)
                .containsExactly("twice@casebook.test");
    }

    @Test
    void the_owner_can_be_neither_removed_nor_demoted_and_nobody_else_becomes_owner() {
        Account eddie = fixtures.account("Eddie Editor");
        String token = invite(eddie.email(), MemberRole.EDITOR);
        Fixtures.as(eddie, () -> invitations.accept(token));

        Fixtures.as(owner, () -> {
            assertThatThrownBy(() -> members.remove(caseStudyId, owner.id())).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> members.changeRole(caseStudyId, owner.id(), MemberRole.VIEWER))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> members.changeRole(caseStudyId, eddie.id(), MemberRole.OWNER))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(Fixtures.as(owner, () -> members.members(caseStudyId))).extracting(Member::role)
                .containsExactly(MemberRole.OWNER, MemberRole.EDITOR);
    }

    @Test
    void a_removed_member_loses_access_at_once_and_every_step_is_in_the_activity_log() {
        Account mo = fixtures.account("Mo Member");
        String token = invite(mo.email(), MemberRole.REVIEWER);
        Fixtures.as(mo, () -> invitations.accept(token));
        Fixtures.as(owner, () -> members.changeRole(caseStudyId, mo.id(), MemberRole.EDITOR));
        assertThat(Fixtures.as(mo, () -> caseStudies.myRole(caseStudyId))).isEqualTo(MemberRole.EDITOR);
        String other = invite("withdrawn@casebook.test", MemberRole.VIEWER);
        Fixtures.as(owner, () -> invitations.withdraw(invitations.pending(caseStudyId).getFirst().id()));

        Fixtures.as(owner, () -> members.remove(caseStudyId, mo.id()));

        assertThatThrownBy(() -> Fixtures.as(mo, () -> caseStudies.get(caseStudyId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(invitations.open(other)).isEmpty();
        assertThat(db.select(ACTIVITY.TYPE).from(ACTIVITY).where(ACTIVITY.CASE_STUDY_ID.eq(caseStudyId))
                .orderBy(ACTIVITY.ID).fetch(ACTIVITY.TYPE))
                .containsSubsequence(ActivityType.INVITED, ActivityType.MEMBER_JOINED, ActivityType.ROLE_CHANGED,
                        ActivityType.INVITED, ActivityType.INVITATION_WITHDRAWN, ActivityType.MEMBER_REMOVED);
        assertThat(events).extracting(Object::getClass).containsSubsequence(
                MemberJoined.class, MemberRoleChanged.class, MemberRemoved.class);
    }

    @Test
    void members_see_each_other_by_name_and_only_the_owner_sees_e_mail_addresses() {
        Account vi = fixtures.account("Vi Viewer");
        String token = invite(vi.email(), MemberRole.VIEWER);
        Fixtures.as(vi, () -> invitations.accept(token));

        assertThat(Fixtures.as(owner, () -> members.members(caseStudyId))).extracting(Member::email)
                .containsExactly(owner.email(), vi.email());
        assertThat(Fixtures.as(vi, () -> members.members(caseStudyId)))
                .extracting(Member::displayName, Member::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Olivia Owner", null),
                        org.assertj.core.groups.Tuple.tuple("Vi Viewer", null));
    }

    private String invite(String email, MemberRole role) {
        return Fixtures.as(owner, () -> invitations.invite(caseStudyId, email, role)).token();
    }
}

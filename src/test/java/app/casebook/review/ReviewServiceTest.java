package app.casebook.review;

import static app.casebook.base.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.activity.ActivityEntry;
import app.casebook.activity.ActivityService;
import app.casebook.activity.ActivityType;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.CaseStudyPurging;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.CaseStudyStatus;
import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.QualityChecks;
import app.casebook.casestudy.Section;
import app.casebook.membership.MemberService;
import app.casebook.revision.FieldComparison;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules of {@link ReviewService} against a real database: H2 ({@link ReviewServiceH2Test}) and MySQL/MariaDB
 * ({@link ReviewServiceMySqlTest}).
 */
abstract class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    MemberService members;
    @Autowired
    ActivityService activity;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;

    ReviewFixture f;

    @BeforeEach
    void createCaseStudy() {
        f = ReviewFixture.create(fixtures, caseStudies);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private long submit(Account... reviewers) {
        return as(f.owner(), () -> reviews.submit(f.caseStudyId(), "Please have a look.",
                java.util.Arrays.stream(reviewers).map(Account::id).toList(), false));
    }

    private List<ActivityType> activityTypes() {
        return as(f.owner(), () -> activity.page(f.caseStudyId(), 0, 100).stream().map(ActivityEntry::type).toList());
    }

    @Test
    void a_submitted_version_is_frozen_with_its_content_hash_and_later_edits_of_the_draft_do_not_touch_it() {
        long v1 = submit(f.reviewer1());
        String before = f.section(caseStudies, "The Outcome").body();

        f.edit(caseStudies, "The Outcome", "Rewritten after submitting, 50% better.");

        FrozenVersion frozen = as(f.reviewer1(), () -> reviews.frozenVersion(v1));
        assertThat(frozen.version().number()).isEqualTo(1);
        assertThat(frozen.version().status()).isEqualTo(VersionStatus.IN_REVIEW);
        assertThat(frozen.version().note()).isEqualTo("Please have a look.");
        assertThat(frozen.title()).isEqualTo(Fixtures.SEED_TITLE);
        assertThat(frozen.jobTitle()).isEqualTo("Chief Technology Officer");
        assertThat(frozen.sections()).hasSize(6);
        VersionSection outcome = frozen.sections().stream().filter(s -> s.heading().equals("The Outcome")).findFirst()
                .orElseThrow();
        assertThat(outcome.body()).isEqualTo(before);
        assertThat(outcome.revisionId()).isNotNull();
        assertThat(outcome.contentHash()).isEqualTo(VersionHash.section("The Outcome", before));
        assertThat(frozen.version().contentHash()).hasSize(64).isEqualTo(VersionHash.of(frozen.title(),
                frozen.jobTitle(), frozen.contextLine(), frozen.headline(),
                frozen.sections().stream().map(VersionSection::contentHash).toList()));
        assertThat(as(f.owner(), () -> reviews.status(f.caseStudyId())).label()).isEqualTo("In review (v1)");
        assertThat(activityTypes()).contains(ActivityType.VERSION_SUBMITTED);
    }

    @Test
    void a_placeholder_or_an_empty_section_blocks_the_submission_with_the_list_of_what_to_fix() {
        f.edit(caseStudies, "The Context", "[Placeholder: still to write]");
        f.edit(caseStudies, "What You Learned", "");

        assertThatThrownBy(this::submit_to_reviewer1).isInstanceOfSatisfying(SubmissionRefused.class, e -> {
            assertThat(e.blocking()).isTrue();
            assertThat(e.issues()).extracting(QualityChecks.Issue::kind)
                    .containsExactly(QualityChecks.Kind.PLACEHOLDER, QualityChecks.Kind.EMPTY);
            assertThat(e.issues()).extracting(QualityChecks.Issue::sectionId).containsExactly(
                    f.section(caseStudies, "The Context").id(), f.section(caseStudies, "What You Learned").id());
        });
        assertThat(as(f.owner(), () -> reviews.versions(f.caseStudyId()))).isEmpty();
    }

    private void submit_to_reviewer1() {
        submit(f.reviewer1());
    }

    @Test
    void warnings_are_submitted_only_once_the_owner_confirms_them() {
        f.edit(caseStudies, "The Outcome", "It went well and everyone was happy with the new platform afterwards.");

        assertThatThrownBy(this::submit_to_reviewer1).isInstanceOfSatisfying(SubmissionRefused.class, e -> {
            assertThat(e.blocking()).isFalse();
            assertThat(e.issues()).extracting(QualityChecks.Issue::kind)
                    .contains(QualityChecks.Kind.TOO_SHORT, QualityChecks.Kind.NO_MEASURABLE_RESULT);
        });
        long id = as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer1().id()), true));
        assertThat(as(f.owner(), () -> reviews.version(id)).status()).isEqualTo(VersionStatus.IN_REVIEW);
    }

    @Test
    void the_note_has_a_limit_and_required_reviewers_must_be_reviewers_of_the_case_study() {
        Account editor = fixtures.account("Eddie Editor");
        fixtures.addMember(f.caseStudyId(), editor, MemberRole.EDITOR);
        Account stranger = fixtures.account("Stan Stranger");
        login(f.owner());

        assertThatThrownBy(() -> reviews.submit(f.caseStudyId(), "x".repeat(2_001), List.of(f.reviewer1().id()), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 2,000 characters");
        assertThatThrownBy(() -> reviews.submit(f.caseStudyId(), "", List.of(), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one required reviewer");
        assertThatThrownBy(() -> reviews.submit(f.caseStudyId(), "", List.of(editor.id()), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Eddie Editor is not a reviewer");
        assertThatThrownBy(() -> reviews.submit(f.caseStudyId(), "", List.of(stranger.id()), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a reviewer");
        assertThat(reviews.submit(f.caseStudyId(), "x".repeat(2_000), List.of(f.reviewer1().id()), true)).isPositive();
    }

    @Test
    void only_one_version_is_in_review_at_a_time_and_a_withdrawn_one_can_no_longer_be_decided() {
        long v1 = submit(f.reviewer1());
        assertThatThrownBy(this::submit_to_reviewer1).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already in review");

        as(f.owner(), () -> reviews.withdraw(v1));

        assertThatThrownBy(() -> as(f.reviewer1(), () -> reviews.approve(v1, "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("withdrawn");
        assertThat(as(f.owner(), () -> reviews.status(f.caseStudyId())).label()).isEqualTo("Draft");
        long v2 = submit(f.reviewer1());
        assertThat(as(f.owner(), () -> reviews.version(v2)).number()).isEqualTo(2);
        assertThat(activityTypes()).contains(ActivityType.VERSION_WITHDRAWN);
    }

    @Test
    void a_version_is_approved_when_every_required_reviewer_approved_and_each_approval_holds_the_hash() {
        long v1 = submit(f.reviewer1(), f.reviewer2());

        assertThat(as(f.reviewer1(), () -> reviews.approve(v1, "Good."))).isEqualTo(VersionStatus.IN_REVIEW);
        assertThat(as(f.reviewer2(), () -> reviews.awaitingMyReview())).extracting(AwaitingReview::versionId)
                .contains(v1);
        assertThat(as(f.reviewer2(), () -> reviews.approve(v1, ""))).isEqualTo(VersionStatus.APPROVED);

        Version v = as(f.owner(), () -> reviews.version(v1));
        assertThat(v.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(v.decidedAt()).isNotNull();
        assertThat(v.reviewers()).extracting(ReviewerDecision::decision).containsOnly(ReviewDecision.APPROVED);
        assertThat(v.reviewers()).extracting(ReviewerDecision::contentHash).containsOnly(v.contentHash());
        assertThat(as(f.owner(), () -> reviews.status(f.caseStudyId())).label()).isEqualTo("Approved (v1)");
        assertThat(as(f.owner(), () -> caseStudies.listMine()).stream().filter(s -> s.id() == f.caseStudyId())
                .map(CaseStudySummary::status)).containsExactly(CaseStudyStatus.APPROVED);
        assertThat(as(f.reviewer2(), () -> reviews.awaitingMyReview())).extracting(AwaitingReview::versionId)
                .doesNotContain(v1);
        assertThat(activityTypes()).contains(ActivityType.REVIEW_APPROVED, ActivityType.VERSION_APPROVED);
    }

    @Test
    void a_request_for_changes_needs_a_comment_and_sends_the_case_study_back_to_draft() {
        long v1 = submit(f.reviewer1(), f.reviewer2());
        as(f.reviewer1(), () -> reviews.approve(v1, ""));

        assertThatThrownBy(() -> as(f.reviewer2(), () -> reviews.requestChanges(v1, "  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("comment is required");
        assertThat(as(f.reviewer2(), () -> reviews.requestChanges(v1, "The outcome needs numbers.")))
                .isEqualTo(VersionStatus.CHANGES_REQUESTED);

        assertThat(as(f.owner(), () -> reviews.status(f.caseStudyId())).label()).isEqualTo("Changes requested (v1)");
        assertThatThrownBy(() -> as(f.reviewer1(), () -> reviews.approve(v1, "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already requested");
        assertThat(submit(f.reviewer1(), f.reviewer2())).isPositive();
    }

    @Test
    void a_reviewer_may_change_their_decision_while_the_version_is_in_review() {
        long v1 = submit(f.reviewer1(), f.reviewer2());
        as(f.reviewer1(), () -> reviews.approve(v1, "Fine."));
        assertThat(as(f.reviewer1(), () -> reviews.requestChanges(v1, "On second thought, no.")))
                .isEqualTo(VersionStatus.CHANGES_REQUESTED);
        assertThat(as(f.owner(), () -> reviews.version(v1)).reviewer(f.reviewer1().id()).orElseThrow().decision())
                .isEqualTo(ReviewDecision.CHANGES_REQUESTED);
        assertThat(activityTypes()).contains(ActivityType.REVIEW_APPROVED, ActivityType.REVIEW_CHANGES_REQUESTED,
                ActivityType.VERSION_CHANGES_REQUESTED);
    }

    @Test
    void approving_twice_changes_nothing_the_second_time_and_after_the_decision_says_it_is_decided() {
        long v1 = submit(f.reviewer1(), f.reviewer2());
        as(f.reviewer1(), () -> reviews.approve(v1, ""));
        as(f.reviewer1(), () -> reviews.approve(v1, ""));
        assertThat(activityTypes().stream().filter(t -> t == ActivityType.REVIEW_APPROVED)).hasSize(1);

        as(f.reviewer2(), () -> reviews.approve(v1, ""));
        assertThatThrownBy(() -> as(f.reviewer2(), () -> reviews.approve(v1, "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already approved");
    }

    @Test
    void only_required_reviewers_decide_not_the_owner_nor_other_reviewers_nor_strangers() {
        Account other = fixtures.account("Otto Other");
        fixtures.addMember(f.caseStudyId(), other, MemberRole.REVIEWER);
        Account admin = fixtures.admin("Ada Admin");
        long v1 = submit(f.reviewer1());

        assertThatThrownBy(() -> as(f.owner(), () -> reviews.approve(v1, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other, () -> reviews.approve(v1, ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other, () -> reviews.signOff(v1, f.section(caseStudies, "The Outcome").id(),
                SignOffVerdict.LOOKS_GOOD, ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(admin, () -> reviews.approve(v1, ""))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(admin, () -> reviews.version(v1))).isInstanceOf(NotFoundException.class);
        assertThat(as(other, () -> reviews.version(v1)).status()).isEqualTo(VersionStatus.IN_REVIEW);
    }

    @Test
    void sign_offs_carry_over_to_byte_identical_sections_on_resubmission_and_not_to_changed_ones() {
        long v1 = submit(f.reviewer1(), f.reviewer2());
        Section outcome = f.section(caseStudies, "The Outcome");
        Section context = f.section(caseStudies, "The Context");
        as(f.reviewer2(), () -> {
            reviews.signOff(v1, context.id(), SignOffVerdict.LOOKS_GOOD, "Clear.");
            reviews.signOff(v1, outcome.id(), SignOffVerdict.NEEDS_WORK, "More numbers.");
            reviews.requestChanges(v1, "See the outcome.");
        });
        assertThatThrownBy(() -> as(f.reviewer2(), () -> reviews.signOff(v1, context.id(), SignOffVerdict.LOOKS_GOOD,
                "x".repeat(501)))).isInstanceOf(InvalidInputException.class);

        f.edit(caseStudies, "The Outcome", ReviewFixture.textFor("The Outcome") + " Revenue grew 3x.");
        long v2 = submit(f.reviewer1(), f.reviewer2());

        List<SignOff> signOffs = as(f.reviewer2(), () -> reviews.signOffs(v2));
        assertThat(signOffs).hasSize(1);
        assertThat(signOffs.getFirst().sectionId()).isEqualTo(context.id());
        assertThat(signOffs.getFirst().carriedFromNumber()).isEqualTo(1);
        assertThat(signOffs.getFirst().verdict()).isEqualTo(SignOffVerdict.LOOKS_GOOD);
        assertThat(signOffs.getFirst().note()).isEqualTo("Clear.");
        assertThat(activityTypes()).contains(ActivityType.SECTION_SIGNED_OFF);
    }

    @Test
    void changes_since_the_last_review_show_only_the_changed_section_with_its_word_diff_and_the_note() {
        long v1 = submit(f.reviewer1(), f.reviewer2());
        as(f.reviewer2(), () -> reviews.requestChanges(v1, "The outcome needs revenue."));
        String outcome = f.section(caseStudies, "The Outcome").body();
        f.edit(caseStudies, "The Outcome", outcome + " Revenue grew threefold.");
        long v2 = as(f.owner(), () -> reviews.submit(f.caseStudyId(), "Added revenue.",
                List.of(f.reviewer1().id(), f.reviewer2().id()), false));

        ChangesSinceReview changes = as(f.reviewer2(), () -> reviews.changesSinceMyLastReview(v2)).orElseThrow();
        assertThat(changes.sinceNumber()).isEqualTo(1);
        assertThat(changes.number()).isEqualTo(2);
        assertThat(changes.note()).isEqualTo("Added revenue.");
        assertThat(changes.changedCount()).isEqualTo(1);
        FieldComparison changed = changes.changes().stream()
                .filter(c -> c.change() == FieldComparison.Change.CHANGED).findFirst().orElseThrow();
        assertThat(changed.label()).isEqualTo("The Outcome");
        assertThat(changed.diff().wordsAdded()).isEqualTo(3);
        assertThat(changed.diff().wordsRemoved()).isZero();
        assertThat(as(f.reviewer1(), () -> reviews.changesSinceMyLastReview(v2))).isEmpty();
    }

    @Test
    void a_required_reviewer_removed_from_the_case_study_is_dropped_and_the_version_decided_by_those_left() {
        long v1 = submit(f.reviewer1(), f.reviewer2());
        as(f.reviewer1(), () -> reviews.approve(v1, ""));

        as(f.owner(), () -> members.remove(f.caseStudyId(), f.reviewer2().id()));

        Version v = as(f.owner(), () -> reviews.version(v1));
        assertThat(v.reviewers()).extracting(ReviewerDecision::reviewerId).containsExactly(f.reviewer1().id());
        assertThat(v.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(activityTypes()).contains(ActivityType.REVIEWER_REMOVED, ActivityType.VERSION_APPROVED);
        assertThatThrownBy(() -> as(f.reviewer2(), () -> reviews.approve(v1, "")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_reviewer_who_becomes_an_editor_is_no_longer_required() {
        long v1 = submit(f.reviewer1(), f.reviewer2());
        as(f.owner(), () -> members.changeRole(f.caseStudyId(), f.reviewer1().id(), MemberRole.EDITOR));

        Version v = as(f.owner(), () -> reviews.version(v1));
        assertThat(v.reviewers()).extracting(ReviewerDecision::reviewerId).containsExactly(f.reviewer2().id());
        assertThat(v.status()).isEqualTo(VersionStatus.IN_REVIEW);
        assertThatThrownBy(() -> as(f.reviewer1(), () -> reviews.approve(v1, "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_owner_may_add_a_required_reviewer_while_the_version_is_in_review() {
        long v1 = submit(f.reviewer1());
        as(f.owner(), () -> reviews.addReviewer(v1, f.reviewer2().id()));
        as(f.reviewer1(), () -> reviews.approve(v1, ""));
        assertThat(as(f.owner(), () -> reviews.version(v1)).status()).isEqualTo(VersionStatus.IN_REVIEW);
        assertThat(activityTypes()).contains(ActivityType.REVIEWER_ADDED);
    }

    @Test
    void a_purged_case_study_loses_its_versions_decisions_and_sign_offs() {
        long v1 = submit(f.reviewer1());
        as(f.reviewer1(), () -> {
            reviews.signOff(v1, f.section(caseStudies, "The Outcome").id(), SignOffVerdict.LOOKS_GOOD, "");
            reviews.approve(v1, "");
        });

        new TransactionTemplate(transactionManager).executeWithoutResult(
                s -> events.publishEvent(new CaseStudyPurging(f.caseStudyId())));

        assertThat(as(f.owner(), () -> reviews.versions(f.caseStudyId()))).isEmpty();
    }

    private static void login(Account account) {
        Fixtures.login(account);
    }
}

package app.casebook.review;

import static app.casebook.review.ReviewWorkflow.Action.*;
import static app.casebook.review.ReviewWorkflow.Actor.*;
import static app.casebook.review.VersionStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.casestudy.MemberRole;
import app.casebook.review.ReviewWorkflow.Action;
import app.casebook.review.ReviewWorkflow.Actor;
import app.casebook.review.ReviewWorkflow.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action by every part in every state, allowed and refused, against the table in {@link ReviewWorkflow}. */
class ReviewWorkflowTest {

    /** The states in which an action is allowed to the one part that may do it (null: no version yet). */
    private static final Map<Action, Set<Actor>> WHO = Map.of(
            SUBMIT, Set.of(OWNER),
            WITHDRAW, Set.of(OWNER),
            ADD_REVIEWER, Set.of(OWNER),
            APPROVE, Set.of(REQUIRED_REVIEWER),
            REQUEST_CHANGES, Set.of(REQUIRED_REVIEWER),
            SIGN_OFF, Set.of(REQUIRED_REVIEWER),
            READ, Set.of(Actor.values()));

    static Stream<Arguments> everyCase() {
        List<VersionStatus> states = new ArrayList<>(Arrays.asList(VersionStatus.values()));
        states.add(null);
        return Arrays.stream(Action.values()).flatMap(action -> Arrays.stream(Actor.values())
                .flatMap(actor -> states.stream().map(state -> Arguments.of(action, actor, state))));
    }

    private static boolean expectedAllowed(Action action, Actor actor, VersionStatus state) {
        if (!WHO.get(action).contains(actor)) {
            return false;
        }
        return switch (action) {
            case READ -> true;
            case SUBMIT -> state != IN_REVIEW;
            default -> state == IN_REVIEW;
        };
    }

    @ParameterizedTest(name = "{0} by {1} on a version {2}")
    @MethodSource("everyCase")
    void every_action_is_allowed_exactly_to_its_part_in_its_states(Action action, Actor actor, VersionStatus state) {
        if (state == null && action != SUBMIT && action != READ) {
            return; // every other action is on a version, which has a state
        }
        Optional<Refusal> refusal = ReviewWorkflow.refusal(action, actor, state);
        if (expectedAllowed(action, actor, state)) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).isPresent();
            assertThat(refusal.get().message()).isNotBlank();
            assertThat(refusal.get().kind()).isEqualTo(WHO.get(action).contains(actor)
                    ? Refusal.Kind.WRONG_STATE : Refusal.Kind.NOT_YOUR_PART);
        }
    }

    @Test
    void a_second_version_cannot_be_submitted_while_one_is_in_review() {
        assertThat(ReviewWorkflow.refusal(SUBMIT, OWNER, IN_REVIEW)).get()
                .extracting(Refusal::message).asString().contains("already in review");
        assertThat(ReviewWorkflow.refusal(SUBMIT, OWNER, CHANGES_REQUESTED)).isEmpty();
        assertThat(ReviewWorkflow.refusal(SUBMIT, OWNER, null)).isEmpty();
    }

    @Test
    void the_owner_may_not_approve_their_own_version_and_other_reviewers_may_not_either() {
        assertThat(ReviewWorkflow.refusal(APPROVE, OWNER, IN_REVIEW)).get().extracting(Refusal::kind)
                .isEqualTo(Refusal.Kind.NOT_YOUR_PART);
        assertThat(ReviewWorkflow.refusal(APPROVE, OTHER_REVIEWER, IN_REVIEW)).isPresent();
        assertThat(ReviewWorkflow.refusal(SIGN_OFF, EDITOR, IN_REVIEW)).isPresent();
    }

    @Test
    void a_decision_on_a_withdrawn_or_decided_version_says_why_it_is_refused() {
        assertThat(ReviewWorkflow.refusal(APPROVE, REQUIRED_REVIEWER, WITHDRAWN)).get().extracting(Refusal::message)
                .asString().contains("withdrawn");
        assertThat(ReviewWorkflow.refusal(APPROVE, REQUIRED_REVIEWER, APPROVED)).get().extracting(Refusal::message)
                .asString().contains("already approved");
        assertThat(ReviewWorkflow.refusal(REQUEST_CHANGES, REQUIRED_REVIEWER, CHANGES_REQUESTED)).get()
                .extracting(Refusal::message).asString().contains("already requested");
    }

    @Test
    void the_part_follows_from_the_role_and_whether_the_reviewer_is_required() {
        assertThat(Actor.of(MemberRole.OWNER, false)).isEqualTo(OWNER);
        assertThat(Actor.of(MemberRole.REVIEWER, true)).isEqualTo(REQUIRED_REVIEWER);
        assertThat(Actor.of(MemberRole.REVIEWER, false)).isEqualTo(OTHER_REVIEWER);
        assertThat(Actor.of(MemberRole.EDITOR, true)).isEqualTo(EDITOR);
        assertThat(Actor.of(MemberRole.VIEWER, false)).isEqualTo(VIEWER);
    }

    @Test
    void a_version_is_approved_when_every_required_reviewer_approved() {
        assertThat(ReviewWorkflow.afterDecisions(List.of(1L, 2L), Map.of())).isEqualTo(IN_REVIEW);
        assertThat(ReviewWorkflow.afterDecisions(List.of(1L, 2L), Map.of(1L, ReviewDecision.APPROVED)))
                .isEqualTo(IN_REVIEW);
        assertThat(ReviewWorkflow.afterDecisions(List.of(1L, 2L),
                Map.of(1L, ReviewDecision.APPROVED, 2L, ReviewDecision.APPROVED))).isEqualTo(APPROVED);
    }

    @Test
    void one_request_for_changes_decides_the_version_whatever_the_others_said() {
        assertThat(ReviewWorkflow.afterDecisions(List.of(1L, 2L),
                Map.of(1L, ReviewDecision.APPROVED, 2L, ReviewDecision.CHANGES_REQUESTED)))
                .isEqualTo(CHANGES_REQUESTED);
        assertThat(ReviewWorkflow.afterDecisions(List.of(1L, 2L), Map.of(2L, ReviewDecision.CHANGES_REQUESTED)))
                .isEqualTo(CHANGES_REQUESTED);
    }

    @Test
    void decisions_of_people_who_are_not_required_do_not_count() {
        assertThat(ReviewWorkflow.afterDecisions(List.of(1L), Map.of(9L, ReviewDecision.CHANGES_REQUESTED)))
                .isEqualTo(IN_REVIEW);
        // the reviewer who had not decided was removed: the one left had approved
        assertThat(ReviewWorkflow.afterDecisions(List.of(1L), Map.of(1L, ReviewDecision.APPROVED)))
                .isEqualTo(APPROVED);
        // nobody left: nobody can approve it, it stays in review until the owner withdraws it
        assertThat(ReviewWorkflow.afterDecisions(List.of(), Map.of(1L, ReviewDecision.APPROVED)))
                .isEqualTo(IN_REVIEW);
    }

    @Test
    void only_a_version_in_review_moves_and_the_final_states_never_do() {
        for (VersionStatus from : VersionStatus.values()) {
            for (VersionStatus to : VersionStatus.values()) {
                assertThat(ReviewWorkflow.canMove(from, to)).as("%s to %s", from, to).isEqualTo(from == IN_REVIEW);
            }
            assertThat(from.isFinal()).isEqualTo(from != IN_REVIEW);
        }
    }

    @Test
    void a_stored_state_is_consistent_only_with_the_decisions_that_give_it() {
        var both = List.of(1L, 2L);
        var oneApproved = Map.of(1L, ReviewDecision.APPROVED);
        var bothApproved = Map.of(1L, ReviewDecision.APPROVED, 2L, ReviewDecision.APPROVED);
        assertThat(ReviewWorkflow.consistent(IN_REVIEW, both, oneApproved)).isTrue();
        assertThat(ReviewWorkflow.consistent(WITHDRAWN, both, oneApproved)).isTrue();
        assertThat(ReviewWorkflow.consistent(APPROVED, both, bothApproved)).isTrue();
        assertThat(ReviewWorkflow.consistent(APPROVED, both, oneApproved)).isFalse();
        assertThat(ReviewWorkflow.consistent(IN_REVIEW, both, bothApproved)).isFalse();
        assertThat(ReviewWorkflow.consistent(WITHDRAWN, both, bothApproved)).isFalse();
        assertThat(ReviewWorkflow.consistent(CHANGES_REQUESTED, both, Map.of(2L, ReviewDecision.CHANGES_REQUESTED)))
                .isTrue();
    }
}

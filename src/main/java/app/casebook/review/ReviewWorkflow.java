package app.casebook.review;

import app.casebook.casestudy.MemberRole;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of review and approval in one place, without Spring (PRODUCT.md capability 7). {@link ReviewService}
 * asks it before every change and refuses what it refuses; the screens only hide buttons.
 *
 * <p>A version's states and the transitions between them:
 * <pre>
 *   (submit) ──▶ IN_REVIEW ──withdraw──▶ WITHDRAWN
 *                   │  ├──every required reviewer approved──▶ APPROVED
 *                   │  └──a required reviewer requested changes──▶ CHANGES_REQUESTED
 *                   └── approve (others still pending), sign off, change one's decision: stays IN_REVIEW
 * </pre>
 * WITHDRAWN, APPROVED and CHANGES_REQUESTED are final. One version of a case study can be in review at a time.
 *
 * <p>Who may do what:
 * <ul>
 *   <li>{@link Action#SUBMIT}: the owner, when no version of the case study is in review;</li>
 *   <li>{@link Action#WITHDRAW}: the owner, while the version is in review;</li>
 *   <li>{@link Action#APPROVE}, {@link Action#REQUEST_CHANGES}, {@link Action#SIGN_OFF}: the version's required
 *       reviewers only (not the owner, editors, viewers or other reviewers), while it is in review; a reviewer may
 *       change their decision as long as it is;</li>
 *   <li>{@link Action#ADD_REVIEWER}: the owner, while the version is in review;</li>
 *   <li>{@link Action#READ}: every member, in every state.</li>
 * </ul>
 * A required reviewer who leaves the case study, or stops being a reviewer, is taken off the version's required
 * reviewers and the version's state is worked out again from the decisions of those left
 * ({@link #afterDecisions}).
 */
public final class ReviewWorkflow {

    public enum Action { SUBMIT, WITHDRAW, APPROVE, REQUEST_CHANGES, SIGN_OFF, ADD_REVIEWER, READ }

    /** The person's part in one version: their role on the case study, and whether they are a required reviewer. */
    public enum Actor {
        OWNER, REQUIRED_REVIEWER, OTHER_REVIEWER, EDITOR, VIEWER;

        public static Actor of(MemberRole role, boolean requiredReviewer) {
            return switch (role) {
                case OWNER -> OWNER;
                case REVIEWER -> requiredReviewer ? REQUIRED_REVIEWER : OTHER_REVIEWER;
                case EDITOR -> EDITOR;
                case VIEWER -> VIEWER;
            };
        }
    }

    /**
     * Why an action is refused: {@link Kind#NOT_YOUR_PART} (the person's part never allows it; an access error) or
     * {@link Kind#WRONG_STATE} (allowed to them, but not in the version's state; a message to show).
     */
    public record Refusal(Kind kind, String message) {

        public enum Kind { NOT_YOUR_PART, WRONG_STATE }
    }

    private ReviewWorkflow() {
    }

    /** Whether {@code actor} may do {@code action} at all, whatever the state. */
    public static boolean mayEver(Action action, Actor actor) {
        return switch (action) {
            case SUBMIT, WITHDRAW, ADD_REVIEWER -> actor == Actor.OWNER;
            case APPROVE, REQUEST_CHANGES, SIGN_OFF -> actor == Actor.REQUIRED_REVIEWER;
            case READ -> true;
        };
    }

    /**
     * Why {@code actor} may not do {@code action} now, or empty when they may. {@code state} is the state of the
     * version acted on; for {@link Action#SUBMIT}, the state of the case study's newest version (null when it has
     * none).
     */
    public static Optional<Refusal> refusal(Action action, Actor actor, VersionStatus state) {
        if (!mayEver(action, actor)) {
            return Optional.of(new Refusal(Refusal.Kind.NOT_YOUR_PART, notYourPart(action)));
        }
        return switch (action) {
            case READ -> Optional.empty();
            case SUBMIT -> state == VersionStatus.IN_REVIEW
                    ? wrongState("A version is already in review: withdraw it, or wait for the reviewers' decision, "
                    + "before submitting another.")
                    : Optional.empty();
            case WITHDRAW, APPROVE, REQUEST_CHANGES, SIGN_OFF, ADD_REVIEWER -> state == VersionStatus.IN_REVIEW
                    ? Optional.empty()
                    : wrongState(switch (state) {
                        case WITHDRAWN -> "This version was withdrawn; there is nothing left to do on it.";
                        case APPROVED -> "This version is already approved; there is nothing left to decide.";
                        case CHANGES_REQUESTED -> "Changes were already requested on this version; there is nothing "
                                + "left to decide.";
                        case IN_REVIEW -> throw new IllegalStateException();
                    });
        };
    }

    /**
     * The state of a version in review after a change of its decisions or of its required reviewers: changes
     * requested as soon as one required reviewer asks for them; approved when there is at least one required
     * reviewer and every one of them approved; otherwise still in review. Decisions of people who are not (or no
     * longer) required reviewers do not count.
     */
    public static VersionStatus afterDecisions(Collection<Long> requiredReviewers,
                                               Map<Long, ReviewDecision> decisions) {
        boolean allApproved = !requiredReviewers.isEmpty();
        for (Long reviewer : requiredReviewers) {
            ReviewDecision d = decisions.get(reviewer);
            if (d == ReviewDecision.CHANGES_REQUESTED) {
                return VersionStatus.CHANGES_REQUESTED;
            }
            allApproved &= d == ReviewDecision.APPROVED;
        }
        return allApproved ? VersionStatus.APPROVED : VersionStatus.IN_REVIEW;
    }

    /** Whether a version may move from {@code from} to {@code to} in one step. */
    public static boolean canMove(VersionStatus from, VersionStatus to) {
        return from == VersionStatus.IN_REVIEW && to != null;
    }

    /**
     * Whether a version's state fits its required reviewers and decisions as stored: a decided version's state is
     * the one its decisions give, a version in review has none that decides it, and a withdrawn version was
     * withdrawn before its decisions decided it.
     */
    public static boolean consistent(VersionStatus state, Collection<Long> requiredReviewers,
                                     Map<Long, ReviewDecision> decisions) {
        VersionStatus byDecisions = afterDecisions(requiredReviewers, decisions);
        return state == VersionStatus.WITHDRAWN ? byDecisions == VersionStatus.IN_REVIEW : state == byDecisions;
    }

    private static Optional<Refusal> wrongState(String message) {
        return Optional.of(new Refusal(Refusal.Kind.WRONG_STATE, message));
    }

    private static String notYourPart(Action action) {
        return switch (action) {
            case SUBMIT -> "Only the owner of the case study submits it for review.";
            case WITHDRAW -> "Only the owner of the case study withdraws a version.";
            case ADD_REVIEWER -> "Only the owner of the case study names its reviewers.";
            case APPROVE, REQUEST_CHANGES -> "Only the required reviewers of this version decide on it.";
            case SIGN_OFF -> "Only the required reviewers of this version sign off its sections.";
            case READ -> "";
        };
    }
}

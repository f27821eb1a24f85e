package app.casebook.comment;

import static app.casebook.base.Fixtures.as;
import static app.casebook.base.Fixtures.login;
import static app.casebook.db.Tables.COMMENT;
import static app.casebook.db.Tables.COMMENT_MENTION;
import static app.casebook.db.Tables.COMMENT_THREAD;
import static app.casebook.db.Tables.REVISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.activity.ActivityEntry;
import app.casebook.activity.ActivityService;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.CaseStudyPurging;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.RevisionKind;
import app.casebook.casestudy.Section;
import app.casebook.membership.MemberService;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Comments against a real database: H2 ({@link CommentServiceH2Test}) and MySQL/MariaDB. */
abstract class CommentServiceTest {

    @Autowired
    CommentService comments;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    RevisionService revisions;
    @Autowired
    MemberService members;
    @Autowired
    ActivityService activity;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext db;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    Account owner;
    Account editor;
    Account reviewer;
    Account viewer;
    long caseStudyId;
    Section outcome;

    @BeforeEach
    void seedWithPeople() {
        owner = fixtures.account("Casey Candidate");
        editor = fixtures.account("Eddie Editor");
        reviewer = fixtures.account("Riley Reviewer");
        viewer = fixtures.account("Vic Viewer");
        caseStudyId = fixtures.importSeed(owner);
        fixtures.addMember(caseStudyId, editor, MemberRole.EDITOR);
        fixtures.addMember(caseStudyId, reviewer, MemberRole.REVIEWER);
        fixtures.addMember(caseStudyId, viewer, MemberRole.VIEWER);
        login(owner);
        outcome = section("The Outcome");
        caseStudies.saveSectionText(outcome.id(), outcome.revisionId(),
                "Latency fell by forty percent and costs by a third. The team grew from four to twelve engineers.");
        outcome = section("The Outcome");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Section section(String heading) {
        return caseStudies.get(caseStudyId).sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .orElseThrow();
    }

    private Passage passage(String quote) {
        String text = outcome.body();
        int at = text.indexOf(quote);
        return new Passage(text, at, at + quote.length());
    }

    private CommentThread thread(long id) {
        return comments.threads(caseStudyId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    @Test
    void a_thread_on_a_section_keeps_its_replies_in_order_and_is_visible_to_every_member() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), null, "Which *baseline*?", null));
        as(owner, () -> comments.reply(id, "The 2020 numbers."));
        as(viewer, () -> comments.reply(id, "Thanks."));

        for (Account member : List.of(owner, editor, reviewer, viewer)) {
            CommentThread t = as(member, () -> thread(id));
            assertThat(t.comments()).extracting(Comment::body)
                    .containsExactly("Which *baseline*?", "The 2020 numbers.", "Thanks.");
            assertThat(t.comments().getFirst().html()).contains("<em>baseline</em>");
            assertThat(t.quote()).isNull();
            assertThat(t.anchor()).isEqualTo(Anchor.NONE);
            assertThat(t.sectionHeading()).isEqualTo("The Outcome");
            assertThat(t.createdByName()).isEqualTo("Riley Reviewer");
        }
        assertThat(activity.page(caseStudyId, 0, 5)).extracting(ActivityEntry::detail)
                .contains("Commented on The Outcome", "Replied to a comment on The Outcome");
    }

    @Test
    void strangers_and_admins_get_not_found() {
        long id = comments.openThread(outcome.id(), null, "Hello", null);
        Account stranger = fixtures.account("Sam Stranger");
        Account admin = fixtures.admin("Ada Admin");

        for (Account nobody : List.of(stranger, admin)) {
            assertThatThrownBy(() -> as(nobody, () -> comments.threads(caseStudyId))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(nobody, () -> comments.reply(id, "Hi"))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(nobody, () -> comments.openThread(outcome.id(), null, "Hi", null)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void a_thread_on_a_passage_follows_it_through_edits_and_turns_outdated_when_it_is_gone_but_stays() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), passage("forty percent"), "Source?", null));
        assertThat(thread(id).anchor()).isEqualTo(new Anchor(Anchor.State.ANCHORED, 16, 29, "forty percent"));

        save("In 2021 latency fell by forty percent and costs by a third. The team grew from four to twelve engineers.");
        assertThat(thread(id).anchor()).isEqualTo(new Anchor(Anchor.State.ANCHORED, 24, 37, "forty percent"));

        save("In 2021 latency fell by forty-one percent and costs by a third.");
        assertThat(thread(id).anchor().text()).isEqualTo("forty-one percent");

        save("Costs fell by a third.");
        CommentThread outdated = thread(id);
        assertThat(outdated.outdated()).isTrue();
        assertThat(outdated.quote()).isEqualTo("forty percent");
        assertThat(outdated.comments()).extracting(Comment::body).containsExactly("Source?");
    }

    private void save(String text) {
        Section s = section("The Outcome");
        caseStudies.saveSectionText(s.id(), s.revisionId(), text);
        outcome = section("The Outcome");
    }

    @Test
    void html_and_script_are_shown_as_text_and_javascript_links_are_removed() {
        long id = comments.openThread(outcome.id(), null,
                "<script>alert(1)</script>\n\nA <b>bold</b> [click](javascript:alert(2)) and **strong** "
                        + "<img src=x onerror=alert(3)>", null);

        String html = thread(id).comments().getFirst().html();

        assertThat(html).doesNotContain("<script", "<b>", "href=\"javascript:", "<img")
                .contains("&lt;script&gt;", "<strong>strong</strong>", "&lt;b&gt;bold");
    }

    @Test
    void a_comment_over_5000_characters_and_an_empty_one_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> comments.openThread(outcome.id(), null, "x".repeat(5001), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A comment can have at most 5,000 characters; this one has 5,001.");
        assertThatThrownBy(() -> comments.openThread(outcome.id(), null, "  ", null))
                .isInstanceOf(InvalidInputException.class).hasMessage("A comment cannot be empty.");
        long id = comments.openThread(outcome.id(), null, "x".repeat(5000), null);
        assertThatThrownBy(() -> comments.reply(id, "y".repeat(5001))).isInstanceOf(InvalidInputException.class);
        assertThat(db.fetchCount(COMMENT, COMMENT.THREAD_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void the_501st_thread_of_a_case_study_is_refused_with_a_clear_message() {
        for (int i = 0; i < CommentService.MAX_THREADS; i++) {
            comments.openThread(outcome.id(), null, "Thread " + i, null);
        }

        assertThatThrownBy(() -> comments.openThread(outcome.id(), null, "One more", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already has 500 comment threads, the most it can have");
        assertThat(db.fetchCount(COMMENT_THREAD, COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId))).isEqualTo(500);
    }

    @Test
    void one_edits_and_deletes_only_ones_own_comment_and_a_deleted_one_leaves_its_place() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), null, "First", null));
        long reply = as(editor, () -> comments.reply(id, "Second"));
        long last = as(reviewer, () -> comments.reply(id, "Third"));

        as(editor, () -> comments.edit(reply, "Second, edited"));
        assertThatThrownBy(() -> as(owner, () -> comments.edit(reply, "Owner's words")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(owner, () -> comments.delete(reply))).isInstanceOf(AccessDeniedException.class);
        as(editor, () -> comments.delete(reply));

        List<Comment> thread = thread(id).comments();
        assertThat(thread).extracting(Comment::id).containsExactly(thread.get(0).id(), reply, last);
        assertThat(thread.get(1).deleted()).isTrue();
        assertThat(thread.get(1).body()).isNull();
        assertThat(thread.get(1).editedAt()).isNotNull();
        assertThatThrownBy(() -> as(editor, () -> comments.edit(reply, "Back"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_opener_resolves_own_thread_owner_and_editors_any_reviewers_and_viewers_only_their_own() {
        long byOwner = comments.openThread(outcome.id(), null, "Owner's", null);
        long byReviewer = as(reviewer, () -> comments.openThread(outcome.id(), null, "Reviewer's", null));

        assertThatThrownBy(() -> as(reviewer, () -> comments.resolve(byOwner))).isInstanceOf(AccessDeniedException.class)
                .hasMessage("As reviewer you can resolve or reopen only the threads you opened.");
        assertThatThrownBy(() -> as(viewer, () -> comments.resolve(byOwner))).isInstanceOf(AccessDeniedException.class);
        as(reviewer, () -> comments.resolve(byReviewer));
        as(editor, () -> comments.resolve(byOwner));
        assertThat(thread(byOwner).status()).isEqualTo(ThreadStatus.RESOLVED);
        assertThat(thread(byOwner).resolvedByName()).isEqualTo("Eddie Editor");

        comments.reopen(byReviewer);
        as(reviewer, () -> comments.resolve(byReviewer));

        CommentThread t = thread(byReviewer);
        assertThat(t.history()).extracting(ResolutionStep::resolved, ResolutionStep::actorName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(true, "Riley Reviewer"),
                org.assertj.core.groups.Tuple.tuple(false, "Casey Candidate"),
                org.assertj.core.groups.Tuple.tuple(true, "Riley Reviewer"));
    }

    @Test
    void a_reply_to_a_thread_resolved_meanwhile_is_refused_with_a_clear_message() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), null, "Question", null));
        comments.resolve(id);

        assertThatThrownBy(() -> as(reviewer, () -> comments.reply(id, "But…"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("This thread was resolved meanwhile; reopen it to reply.");
        assertThat(db.fetchCount(COMMENT, COMMENT.THREAD_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void a_comment_on_a_section_removed_meanwhile_is_refused_and_nothing_is_written() {
        long id = comments.openThread(outcome.id(), null, "Before", null);
        caseStudies.removeSection(outcome.id());

        assertThatThrownBy(() -> comments.openThread(outcome.id(), null, "After", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("was removed meanwhile");
        assertThatThrownBy(() -> comments.reply(id, "After")).isInstanceOf(InvalidInputException.class);
        assertThat(db.fetchCount(COMMENT_THREAD, COMMENT_THREAD.SECTION_ID.eq(outcome.id()))).isEqualTo(1);
        assertThat(db.fetchCount(COMMENT, COMMENT.THREAD_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void a_member_removed_meanwhile_can_no_longer_comment() {
        long id = comments.openThread(outcome.id(), null, "Hello", null);
        members.remove(caseStudyId, viewer.id());

        assertThatThrownBy(() -> as(viewer, () -> comments.reply(id, "Still here?"))).isInstanceOf(NotFoundException.class);
        assertThat(db.fetchCount(COMMENT, COMMENT.THREAD_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void mentions_of_members_write_rows_and_a_mention_of_a_non_member_is_plain_text() {
        Account stranger = fixtures.account("Sam Stranger");
        long id = as(reviewer, () -> comments.openThread(outcome.id(), null,
                "@Casey Candidate and @eddie editor, see this; @Sam Stranger cannot.", null));

        Long commentId = db.select(COMMENT.ID).from(COMMENT).where(COMMENT.THREAD_ID.eq(id)).fetchOne(COMMENT.ID);
        assertThat(db.select(COMMENT_MENTION.ACCOUNT_ID).from(COMMENT_MENTION)
                .where(COMMENT_MENTION.COMMENT_ID.eq(commentId)).fetch(COMMENT_MENTION.ACCOUNT_ID))
                .containsExactlyInAnyOrder(owner.id(), editor.id());
        CommentThread t = thread(id);
        assertThat(t.mentioned()).containsExactlyInAnyOrder(owner.id(), editor.id()).doesNotContain(stranger.id());
        assertThat(t.comments().getFirst().html()).contains("<strong>@Casey Candidate</strong>")
                .doesNotContain("<strong>@Sam Stranger</strong>");
    }

    @Test
    void unread_counts_the_comments_of_others_until_the_comments_are_opened() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), null, "One", null));
        as(reviewer, () -> comments.reply(id, "Two"));
        comments.reply(id, "Mine");

        assertThat(comments.unread(caseStudyId)).isEqualTo(2);
        assertThat(comments.unread(List.of(caseStudyId))).containsEntry(caseStudyId, 2);
        assertThat(as(reviewer, () -> comments.unread(caseStudyId))).isEqualTo(1);

        comments.markRead(caseStudyId);
        assertThat(comments.unread(caseStudyId)).isZero();
        as(editor, () -> comments.reply(id, "Three"));
        assertThat(comments.unread(List.of(caseStudyId))).containsEntry(caseStudyId, 1);
    }

    @Test
    void the_owner_applies_a_suggestion_as_a_normal_save_that_names_who_suggested_it_and_the_thread_is_resolved() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), passage("forty percent"), "More precise:",
                "41 percent"));
        assertThatThrownBy(() -> as(reviewer, () -> comments.applySuggestion(id, null)))
                .isInstanceOf(AccessDeniedException.class);

        ApplyResult result = comments.applySuggestion(id, null);

        assertThat(result).isInstanceOf(ApplyResult.Applied.class);
        assertThat(section("The Outcome").body()).startsWith("Latency fell by 41 percent and costs by a third.");
        Revision revision = revisions.history(caseStudyId, outcome.id(), 0, 1).getFirst();
        assertThat(revision.kind()).isEqualTo(RevisionKind.SUGGESTION);
        assertThat(revision.authorName()).isEqualTo("Casey Candidate");
        assertThat(db.select(REVISION.SUGGESTED_BY).from(REVISION).where(REVISION.ID.eq(revision.id()))
                .fetchOne(REVISION.SUGGESTED_BY)).isEqualTo(reviewer.id());
        assertThat(revision.suggestedByName()).isEqualTo(reviewer.displayName());
        CommentThread t = thread(id);
        assertThat(t.status()).isEqualTo(ThreadStatus.RESOLVED);
        assertThat(t.suggestionState()).isEqualTo(SuggestionState.APPLIED);
        assertThat(activity.page(caseStudyId, 0, 3)).extracting(ActivityEntry::detail)
                .contains("Applied the change suggested by Riley Reviewer to The Outcome");
        assertThatThrownBy(() -> comments.applySuggestion(id, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_suggestion_whose_passage_changed_is_not_applied_blindly_but_shows_the_current_text_and_asks() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), passage("forty percent"), "Say:", "41 percent"));
        save("Latency fell by forty-two percent and costs by a third.");

        ApplyResult first = comments.applySuggestion(id, null);

        assertThat(first).isEqualTo(new ApplyResult.PassageChanged("forty-two percent"));
        assertThat(section("The Outcome").body()).isEqualTo("Latency fell by forty-two percent and costs by a third.");
        assertThat(comments.applySuggestion(id, "forty-two percent")).isInstanceOf(ApplyResult.Applied.class);
        assertThat(section("The Outcome").body()).isEqualTo("Latency fell by 41 percent and costs by a third.");
    }

    @Test
    void an_editor_dismisses_a_suggestion_which_resolves_the_thread_and_leaves_the_text() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), passage("a third"), "Say:", "a quarter"));

        as(editor, () -> comments.dismissSuggestion(id));

        assertThat(section("The Outcome").body()).contains("a third");
        assertThat(thread(id).suggestionState()).isEqualTo(SuggestionState.DISMISSED);
        assertThat(thread(id).status()).isEqualTo(ThreadStatus.RESOLVED);
    }

    @Test
    void two_people_replying_at_once_both_keep_their_replies() throws Exception {
        long id = comments.openThread(outcome.id(), null, "Go", null);
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> a = pool.submit(() -> as(reviewer, () -> {
                await(barrier);
                return comments.reply(id, "Reviewer's reply");
            }));
            Future<Long> b = pool.submit(() -> as(editor, () -> {
                await(barrier);
                return comments.reply(id, "Editor's reply");
            }));
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(thread(id).comments()).extracting(Comment::body)
                .containsExactlyInAnyOrder("Go", "Reviewer's reply", "Editor's reply");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_purged_case_study_loses_its_comment_rows() {
        long id = as(reviewer, () -> comments.openThread(outcome.id(), null, "@Casey Candidate hello", null));
        comments.reply(id, "Hi");
        comments.resolve(id);
        comments.markRead(caseStudyId);

        tx.executeWithoutResult(s -> publisher.publishEvent(new CaseStudyPurging(caseStudyId)));

        assertThat(db.fetchCount(COMMENT_THREAD, COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId))).isZero();
        assertThat(db.fetchCount(COMMENT, COMMENT.THREAD_ID.eq(id))).isZero();
    }
}

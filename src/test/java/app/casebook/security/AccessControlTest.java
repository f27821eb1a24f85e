package app.casebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.account.AdminService;
import app.casebook.activity.ActivityService;
import app.casebook.comment.CommentService;
import app.casebook.comment.Passage;
import app.casebook.membership.InvitationService;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.MemberRole;
import app.casebook.membership.MemberService;
import app.casebook.publish.ExportService;
import app.casebook.casestudy.Section;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import app.casebook.review.ReviewService;
import app.casebook.review.SignOffVerdict;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role on a case study against every service operation, read from a table. {@code ok}: allowed. {@code denied}:
 * an AccessDeniedException, for a member whose role lacks the permission. {@code not found}: a NotFoundException, for
 * everyone who is not a member, {@code refused}: an InvalidInputException for a rule of the operation itself (the owner
 * cannot leave their own case study), so that nobody learns from the answer whether a case study exists; "list mine"
 * answers "not found" when the case study is not listed. "owner of another" is the owner of a case study of their
 * own, acting on this one: the owner's view of a foreign case study. The admin is a site administrator who was not
 * invited. The last rows are the administration, where every case-study role is just an ordinary account.
 *
 * <p>Each cell runs on a new case study, so that an allowed delete or removal does not change the next cell; a cell
 * that is refused must leave the case study, its members and its invitations as they were.
 */
@CasebookSpringTest
class AccessControlTest {

    private static final String EXPECTED = """
            operation              | owner | editor | reviewer | viewer | stranger  | owner of another | admin
            list mine              | ok    | ok     | ok       | ok     | not found | not found        | not found
            get                    | ok    | ok     | ok       | ok     | not found | not found        | not found
            save section text      | ok    | ok     | denied   | denied | not found | not found        | not found
            update header          | ok    | ok     | denied   | denied | not found | not found        | not found
            rename section         | ok    | ok     | denied   | denied | not found | not found        | not found
            save header on base    | ok    | ok     | denied   | denied | not found | not found        | not found
            rename section on base | ok    | ok     | denied   | denied | not found | not found        | not found
            resolve text conflict  | ok    | ok     | denied   | denied | not found | not found        | not found
            resolve header conflict| ok    | ok     | denied   | denied | not found | not found        | not found
            resolve heading conflict| ok   | ok     | denied   | denied | not found | not found        | not found
            add section            | ok    | ok     | denied   | denied | not found | not found        | not found
            remove section         | ok    | ok     | denied   | denied | not found | not found        | not found
            move section           | ok    | ok     | denied   | denied | not found | not found        | not found
            delete                 | ok    | denied | denied   | denied | not found | not found        | not found
            recently deleted       | ok    | not found | not found | not found | not found | not found   | not found
            restore deleted        | ok    | not found | not found | not found | not found | not found   | not found
            history                | ok    | ok     | ok       | denied | not found | not found        | not found
            history rows           | ok    | ok     | ok       | denied | not found | not found        | not found
            get revision           | ok    | ok     | ok       | denied | not found | not found        | not found
            compare revisions      | ok    | ok     | ok       | denied | not found | not found        | not found
            restore revision       | ok    | ok     | denied   | denied | not found | not found        | not found
            list members           | ok    | ok     | ok       | ok     | not found | not found        | not found
            read activity          | ok    | ok     | ok       | ok     | not found | not found        | not found
            read comments          | ok    | ok     | ok       | ok     | not found | not found        | not found
            open comment thread    | ok    | ok     | ok       | ok     | not found | not found        | not found
            reply to a comment     | ok    | ok     | ok       | ok     | not found | not found        | not found
            edit own comment       | ok    | ok     | ok       | ok     | not found | not found        | not found
            edit foreign comment   | denied| denied | denied   | denied | not found | not found        | not found
            delete own comment     | ok    | ok     | ok       | ok     | not found | not found        | not found
            delete foreign comment | denied| denied | denied   | denied | not found | not found        | not found
            resolve own thread     | ok    | ok     | ok       | ok     | not found | not found        | not found
            resolve foreign thread | ok    | ok     | denied   | denied | not found | not found        | not found
            reopen foreign thread  | ok    | ok     | denied   | denied | not found | not found        | not found
            apply suggestion       | ok    | ok     | denied   | denied | not found | not found        | not found
            dismiss suggestion     | ok    | ok     | denied   | denied | not found | not found        | not found
            unread comments        | ok    | ok     | ok       | ok     | not found | not found        | not found
            pending invitations    | ok    | denied | denied   | denied | not found | not found        | not found
            invite                 | ok    | denied | denied   | denied | not found | not found        | not found
            change role            | ok    | denied | denied   | denied | not found | not found        | not found
            remove member          | ok    | denied | denied   | denied | not found | not found        | not found
            withdraw invitation    | ok    | denied | denied   | denied | not found | not found        | not found
            leave                  | refused | ok   | ok       | ok     | not found | not found        | not found
            transfer ownership     | ok    | denied | denied   | denied | not found | not found        | not found
            submit for review      | ok    | denied | denied   | denied | not found | not found        | not found
            withdraw version       | ok    | denied | denied   | denied | not found | not found        | not found
            approve version        | denied| denied | ok       | denied | not found | not found        | not found
            request changes        | denied| denied | ok       | denied | not found | not found        | not found
            sign off section       | denied| denied | ok       | denied | not found | not found        | not found
            read versions          | ok    | ok     | ok       | ok     | not found | not found        | not found
            read version           | ok    | ok     | ok       | ok     | not found | not found        | not found
            changes since review   | ok    | ok     | ok       | ok     | not found | not found        | not found
            export markdown        | ok    | ok     | ok       | ok     | not found | not found        | not found
            export pdf             | ok    | ok     | ok       | ok     | not found | not found        | not found
            export version markdown| ok    | ok     | ok       | ok     | not found | not found        | not found
            export version pdf     | ok    | ok     | ok       | ok     | not found | not found        | not found
            publish version        | ok    | denied | denied   | denied | not found | not found        | not found
            unpublish              | ok    | denied | denied   | denied | not found | not found        | not found
            list accounts          | denied| denied | denied   | denied | denied    | denied           | ok
            disable account        | denied| denied | denied   | denied | denied    | denied           | ok
            enable account         | denied| denied | denied   | denied | denied    | denied           | ok
            unlock account         | denied| denied | denied   | denied | denied    | denied           | ok
            reset password         | denied| denied | denied   | denied | denied    | denied           | ok
            switch open sign-up    | denied| denied | denied   | denied | denied    | denied           | ok
            read audit log         | denied| denied | denied   | denied | denied    | denied           | ok
            """;

    enum Who { OWNER, EDITOR, REVIEWER, VIEWER, STRANGER, OWNER_OF_ANOTHER, ADMIN }

    enum Outcome { OK, DENIED, NOT_FOUND, REFUSED }

    /** The people, created once for the class: each cell gets a new case study, not new accounts. */
    private static Map<Who, Account> people;

    @Autowired
    private Fixtures fixtures;
    @Autowired
    private CaseStudyService caseStudies;
    @Autowired
    private RevisionService revisions;
    @Autowired
    private MemberService members;
    @Autowired
    private InvitationService invitations;
    @Autowired
    private AdminService admin;
    @Autowired
    private ActivityService activity;
    @Autowired
    private CommentService comments;

    @Autowired
    private ReviewService reviews;

    /** The version in review that the review operations act on (see {@link #prepareReview}). */
    private long versionInReview;

    @Autowired
    private ExportService exports;
    @Autowired
    private app.casebook.publish.PublishService publish;

    /** A case study as the cell finds it: its first section, two revisions of it, and a pending invitation. */
    private record World(long caseStudyId, long sectionId, long revisionId, long firstRevisionId, long secondRevisionId,
                         long pendingInvitationId, Account target) {
    }

    private interface Action {
        void run(World w) throws Exception;
    }

    private final Map<String, Action> operations = new LinkedHashMap<>();

    {
        operations.put("list mine", w -> {
            if (caseStudies.listMine().stream().noneMatch(s -> s.id() == w.caseStudyId())) {
                throw new NotFoundException("Case study in the list");
            }
        });
        operations.put("get", w -> caseStudies.get(w.caseStudyId()));
        operations.put("save section text", w -> caseStudies.saveSectionText(w.sectionId(), w.revisionId(), "New text."));
        operations.put("update header", w -> caseStudies.updateHeader(w.caseStudyId(), HeaderField.TITLE, "New title"));
        operations.put("rename section", w -> caseStudies.renameSection(w.sectionId(), "Renamed"));
        operations.put("save header on base", w -> caseStudies.saveHeader(w.caseStudyId(), HeaderField.TITLE,
                "Old title", "New title"));
        operations.put("rename section on base", w -> caseStudies.renameSection(w.sectionId(), "Old", "Renamed"));
        operations.put("resolve text conflict", w -> caseStudies.resolveSectionConflict(w.sectionId(), w.revisionId(),
                "Chosen text."));
        operations.put("resolve header conflict", w -> caseStudies.resolveHeaderConflict(w.caseStudyId(),
                HeaderField.TITLE, "Their title", "Chosen title"));
        operations.put("resolve heading conflict", w -> caseStudies.resolveHeadingConflict(w.sectionId(), "Theirs",
                "Chosen"));
        operations.put("add section", w -> caseStudies.addSection(w.caseStudyId(), "Extra", 1));
        operations.put("remove section", w -> caseStudies.removeSection(w.sectionId()));
        operations.put("move section", w -> caseStudies.moveSection(w.sectionId(), 1));
        operations.put("delete", w -> caseStudies.delete(w.caseStudyId()));
        operations.put("recently deleted", w -> whileDeleted(w, () -> {
            if (caseStudies.recentlyDeleted().stream().noneMatch(d -> d.id() == w.caseStudyId())) {
                throw new NotFoundException("Case study in Recently deleted");
            }
        }));
        operations.put("restore deleted", w -> whileDeleted(w, () -> caseStudies.restoreDeleted(w.caseStudyId())));
        operations.put("history", w -> revisions.history(w.caseStudyId(), null, 0, 10));
        operations.put("history rows", w -> revisions.historyRows(w.caseStudyId(), null, 0, 10));
        operations.put("get revision", w -> revisions.get(w.firstRevisionId()));
        operations.put("compare revisions", w -> revisions.compare(w.firstRevisionId(), w.secondRevisionId()));
        operations.put("restore revision", w -> revisions.restore(w.firstRevisionId()));
        operations.put("list members", w -> members.members(w.caseStudyId()));
        operations.put("read activity", w -> activity.page(w.caseStudyId(), 0, 10));
        operations.put("read comments", w -> comments.threads(w.caseStudyId()));
        operations.put("open comment thread", w -> comments.openThread(w.sectionId(), null, "A comment", null));
        operations.put("reply to a comment", w -> comments.reply(foreignThread(w, false), "A reply"));
        operations.put("edit own comment", w -> comments.edit(firstComment(
                comments.openThread(w.sectionId(), null, "Mine", null)), "Mine, edited"));
        operations.put("edit foreign comment", w -> comments.edit(firstComment(foreignThread(w, false)), "Edited"));
        operations.put("delete own comment", w -> comments.delete(firstComment(
                comments.openThread(w.sectionId(), null, "Mine", null))));
        operations.put("delete foreign comment", w -> comments.delete(firstComment(foreignThread(w, false))));
        operations.put("resolve own thread", w -> comments.resolve(comments.openThread(w.sectionId(), null, "Mine", null)));
        operations.put("resolve foreign thread", w -> comments.resolve(foreignThread(w, false)));
        operations.put("reopen foreign thread", w -> {
            long thread = foreignThread(w, false);
            Fixtures.as(w.target(), () -> comments.resolve(thread));
            comments.reopen(thread);
        });
        operations.put("apply suggestion", w -> comments.applySuggestion(foreignThread(w, true), null));
        operations.put("dismiss suggestion", w -> comments.dismissSuggestion(foreignThread(w, true)));
        operations.put("unread comments", w -> comments.unread(w.caseStudyId()));
        operations.put("pending invitations", w -> invitations.pending(w.caseStudyId()));
        operations.put("invite", w -> invitations.invite(w.caseStudyId(), uniqueEmail(), MemberRole.REVIEWER));
        operations.put("change role", w -> members.changeRole(w.caseStudyId(), w.target().id(), MemberRole.EDITOR));
        operations.put("remove member", w -> members.remove(w.caseStudyId(), w.target().id()));
        operations.put("withdraw invitation", w -> invitations.withdraw(w.pendingInvitationId()));
        operations.put("leave", w -> members.leave(w.caseStudyId()));
        operations.put("transfer ownership", w -> members.transferOwnership(w.caseStudyId(),
                people.get(Who.EDITOR).id()));
        operations.put("submit for review", w -> reviews.submit(w.caseStudyId(), "Please review.",
                List.of(people.get(Who.REVIEWER).id()), true));
        operations.put("withdraw version", w -> reviews.withdraw(versionInReview));
        operations.put("approve version", w -> reviews.approve(versionInReview, ""));
        operations.put("request changes", w -> reviews.requestChanges(versionInReview, "Needs work."));
        operations.put("sign off section", w -> reviews.signOff(versionInReview, w.sectionId(),
                SignOffVerdict.LOOKS_GOOD, ""));
        operations.put("read versions", w -> reviews.versions(w.caseStudyId()));
        operations.put("read version", w -> reviews.frozenVersion(versionInReview));
        operations.put("changes since review", w -> reviews.changesSinceMyLastReview(versionInReview));
        operations.put("export markdown", w -> exports.markdown(w.caseStudyId()));
        operations.put("export pdf", w -> exports.pdf(w.caseStudyId()));
        operations.put("export version markdown", w -> publish.versionMarkdown(versionInReview));
        operations.put("export version pdf", w -> publish.versionPdf(versionInReview));
        operations.put("publish version", w -> publish.publish(versionInReview));
        operations.put("unpublish", w -> publish.unpublish(w.caseStudyId()));
        operations.put("list accounts", w -> admin.accounts(0, 10));
        operations.put("disable account", w -> admin.disable(w.target().id()));
        operations.put("enable account", w -> admin.enable(w.target().id()));
        operations.put("unlock account", w -> admin.unlock(w.target().id()));
        operations.put("reset password", w -> admin.resetPassword(w.target().id()));
        operations.put("switch open sign-up", w -> admin.setOpenSignUp(false));
        operations.put("read audit log", w -> admin.auditLog(0, 10));
    }

    static Stream<Arguments> cells() {
        List<String[]> rows = EXPECTED.lines().filter(l -> !l.isBlank())
                .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new)).toList();
        String[] header = rows.getFirst();
        return rows.stream().skip(1).flatMap(row -> {
            if (row.length != header.length) {
                throw new IllegalStateException("The row '" + row[0] + "' has " + row.length + " cells, not "
                        + header.length);
            }
            return Stream.iterate(1, i -> i < row.length, i -> i + 1).map(i -> Arguments.of(row[0],
                    Who.valueOf(header[i].toUpperCase(Locale.ROOT).replace(' ', '_')),
                    Outcome.valueOf(row[i].toUpperCase(Locale.ROOT).replace(' ', '_'))));
        });
    }

    @BeforeEach
    void createPeople() {
        if (people == null) {
            Map<Who, Account> p = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                String name = who.name().charAt(0) + who.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
                p.put(who, who == Who.ADMIN ? fixtures.admin("Access " + name) : fixtures.account("Access " + name));
            }
            Fixtures.as(p.get(Who.OWNER_OF_ANOTHER), () -> caseStudies.create("Someone else's case study", templateId()));
            people = p;
        }
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void every_role_may_do_exactly_what_the_table_says(String operation, Who who, Outcome expected) {
        Action action = operations.get(operation);
        assertThat(action).as("an implementation of the operation '%s'", operation).isNotNull();
        World world = newWorld();
        prepareReview(operation, world);
        Object before = snapshot(world);

        Fixtures.as(people.get(who), () -> {
            switch (expected) {
                case OK -> assertThatCode(() -> action.run(world)).doesNotThrowAnyException();
                case DENIED -> assertThatThrownBy(() -> action.run(world)).isInstanceOf(AccessDeniedException.class);
                case NOT_FOUND -> assertThatThrownBy(() -> action.run(world)).isInstanceOf(NotFoundException.class);
                case REFUSED -> assertThatThrownBy(() -> action.run(world))
                        .isInstanceOf(app.casebook.base.InvalidInputException.class);
            }
        });

        if (expected != Outcome.OK) {
            assertThat(snapshot(world)).as("the case study after a refused %s", operation).isEqualTo(before);
        }
    }

    @Test
    void the_table_names_every_operation_and_every_operation_is_in_the_table() {
        List<String> inTable = cells().map(a -> (String) a.get()[0]).distinct().toList();
        assertThat(inTable).containsExactlyElementsOf(operations.keySet());
    }

    /** A new case study of the owner, with an editor, a reviewer and a viewer who joined through invitations. */
    private World newWorld() {
        Account owner = people.get(Who.OWNER);
        return Fixtures.as(owner, () -> {
            long id = caseStudies.create("Access control " + UUID.randomUUID(), templateId());
            join(id, Who.EDITOR, MemberRole.EDITOR);
            join(id, Who.REVIEWER, MemberRole.REVIEWER);
            join(id, Who.VIEWER, MemberRole.VIEWER);
            long pending = invitations.invite(id, uniqueEmail(), MemberRole.VIEWER).invitation().id();
            Section first = caseStudies.get(id).sections().getFirst();
            long firstRevision = first.revisionId();
            caseStudies.saveSectionText(first.id(), firstRevision, "The owner's first words.");
            Section saved = caseStudies.get(id).sections().getFirst();
            List<Revision> history = revisions.history(id, first.id(), 0, 10);
            assertThat(history).extracting(Revision::id).contains(firstRevision, saved.revisionId());
            Account target = fixtures.account("Access target");
            return new World(id, saved.id(), saved.revisionId(), firstRevision, saved.revisionId(), pending,
                    joinAs(id, target, MemberRole.VIEWER));
        });
    }

    /** A thread opened by the target (a viewer), on the section or, with a suggestion, on its first word. */
    private long foreignThread(World w, boolean suggestion) {
        return Fixtures.as(w.target(), () -> {
            if (!suggestion) {
                return comments.openThread(w.sectionId(), null, "The target's comment", null);
            }
            String text = caseStudies.get(w.caseStudyId()).sections().getFirst().body();
            return comments.openThread(w.sectionId(), new Passage(text, 0, 3), "Better:", "Our");
        });
    }

    private long firstComment(long threadId) {
        return Fixtures.as(people.get(Who.OWNER), () -> comments.thread(threadId).comments().getFirst().id());
    }

    /**
     * For the review operations: every section written without placeholders, and (except for submitting) version 1
     * submitted with the reviewer as required reviewer.
     */
    private void prepareReview(String operation, World w) {
        if (!List.of("submit for review", "withdraw version", "approve version", "request changes",
                "sign off section", "read versions", "read version", "changes since review", "export version markdown",
                "export version pdf", "publish version").contains(operation)) {
            return;
        }
        Fixtures.as(people.get(Who.OWNER), () -> {
            for (Section s : caseStudies.get(w.caseStudyId()).sections()) {
                caseStudies.saveSectionText(s.id(), s.revisionId(), s.heading() + ": "
                        + "We measured every step of the work and cut costs by 40% in 9 months. ".repeat(12));
            }
            if (!operation.equals("submit for review")) {
                versionInReview = reviews.submit(w.caseStudyId(), "", List.of(people.get(Who.REVIEWER).id()), true);
            }
        });
        if (operation.equals("publish version")) {
            Fixtures.as(people.get(Who.REVIEWER), () -> reviews.approve(versionInReview, ""));
        }
    }

    private void join(long caseStudyId, Who who, MemberRole role) {
        joinAs(caseStudyId, people.get(who), role);
    }

    /** Invites {@code account} as the logged-in owner, then accepts the link as {@code account}. */
    private Account joinAs(long caseStudyId, Account account, MemberRole role) {
        String token = invitations.invite(caseStudyId, account.email(), role).token();
        Fixtures.as(account, () -> invitations.accept(token));
        return account;
    }

    /** Runs {@code action} while the owner has deleted the case study; the owner restores it afterwards if needed. */
    private void whileDeleted(World w, Runnable action) {
        Account owner = people.get(Who.OWNER);
        Fixtures.as(owner, () -> caseStudies.delete(w.caseStudyId()));
        try {
            action.run();
        } finally {
            Fixtures.as(owner, () -> {
                if (caseStudies.recentlyDeleted().stream().anyMatch(d -> d.id() == w.caseStudyId())) {
                    caseStudies.restoreDeleted(w.caseStudyId());
                }
            });
        }
    }

    private Object snapshot(World w) {
        return Fixtures.as(people.get(Who.OWNER), () -> List.of(caseStudies.get(w.caseStudyId()),
                members.members(w.caseStudyId()), invitations.pending(w.caseStudyId())));
    }

    private long templateId() {
        return caseStudies.templates().getFirst().id();
    }

    private static String uniqueEmail() {
        return "invitee-" + UUID.randomUUID() + "@casebook.test";
    }
}

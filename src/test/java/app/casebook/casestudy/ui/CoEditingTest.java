package app.casebook.casestudy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.RevisionKind;
import app.casebook.casestudy.Section;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people on one case study (issue 9, "Typed text lost in co-editing"): Casey has the editor open; Riley, an
 * editor, saves through the service as his own editor page does, and his changes reach Casey's page as live events.
 * Each test is one kind of fault that lost typed text.
 */
class CoEditingTest extends KaribuTest {

    static final String START = "Alpha one. Bravo line two. Charlie three.";

    @Autowired
    RevisionService revisions;

    Account casey;
    Account riley;
    long caseStudyId;
    Section context;

    @BeforeEach
    void caseyAndRileyOnTheSeed() {
        casey = newAccount("Casey Candidate");
        riley = newAccount("Riley Editor");
        login(casey);
        caseStudyId = importSeed();
        addMember(caseStudyId, riley, MemberRole.EDITOR);
        Section s = section(caseStudyId, "The Context");
        caseStudies.saveSectionText(s.id(), s.revisionId(), START);
        context = section(caseStudyId, "The Context");
        navigate(EditorView.path(caseStudyId));
    }

    @Test
    void dismissing_a_conflict_resolves_nothing_and_the_choice_is_recorded_as_a_resolution() {
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        Fixtures.as(riley, () -> caseStudies.saveSectionText(context.id(), context.revisionId(),
                START.replace("two", "TWO-A")));

        type(body, START.replace("two", "TWO-B"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("conflict-dialog"));
        dialog.close(); // Esc: no choice made
        type(body, START.replace("two", "TWO-B") + " More.");
        settle();

        assertThat(status().getText()).isEqualTo("Conflict — choose what to keep");
        assertThat(section(caseStudyId, "The Context").body()).as("Riley's saved text stays")
                .isEqualTo(START.replace("two", "TWO-A"));
        assertThat(body.getValue()).as("Casey's text stays in her editor").isEqualTo(
                START.replace("two", "TWO-B") + " More.");
        Div notice = _get(Div.class, spec -> spec.withId("conflict-" + context.id()));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("TWO-A");
        assertThat(newest().kind()).isEqualTo(RevisionKind.CONFLICT);
        assertThat(newest().body()).isEqualTo(START.replace("two", "TWO-B") + " More.");

        _click(_get(Button.class, spec -> spec.withId("resolve-body-" + context.id())));
        String chosen = START.replace("two", "TWO-A and TWO-B") + " More.";
        _get(TextArea.class, spec -> spec.withId("conflict-result")).setValue(chosen);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        assertThat(section(caseStudyId, "The Context").body()).isEqualTo(chosen);
        assertThat(status().getText()).startsWith("Saved");
        assertThat(newest().kind()).isEqualTo(RevisionKind.RESOLVED);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Div.class, spec -> spec.withId("conflict-" + context.id()));
    }

    @Test
    void choosing_their_text_after_a_conflict_is_recorded_as_a_resolution_too() {
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        Fixtures.as(riley, () -> caseStudies.saveSectionText(context.id(), context.revisionId(),
                START.replace("two", "TWO-A")));
        type(body, START.replace("two", "TWO-B"));

        _click(_get(Button.class, spec -> spec.withId("conflict-use-theirs")));
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        assertThat(body.getValue()).isEqualTo(START.replace("two", "TWO-A"));
        assertThat(newest().kind()).isEqualTo(RevisionKind.RESOLVED);
        assertThat(status().getText()).startsWith("Saved");
    }

    @Test
    void a_header_field_being_typed_in_is_never_replaced_by_a_remote_value_and_an_overlap_is_a_conflict() {
        var headline = _get(TextArea.class, spec -> spec.withId("header-headline"));
        String before = headline.getValue();
        startTyping(headline); // Casey starts typing
        Fixtures.as(riley, () -> caseStudies.saveHeader(caseStudyId, HeaderField.HEADLINE, before,
                "Uptime 99.9 percent."));
        settle();

        assertThat(headline.getValue()).as("Riley's value is not pushed into the field Casey types in")
                .isEqualTo(before);

        type(headline, "Cut costs by 40 percent.");
        settle();

        assertThat(headline.getValue()).isEqualTo("Cut costs by 40 percent.");
        assertThat(caseStudies.get(caseStudyId).caseStudy().headline()).isEqualTo("Uptime 99.9 percent.");
        assertThat(headline.isInvalid()).isTrue();
        assertThat(headline.getErrorMessage()).contains("Uptime 99.9 percent.");
        assertThat(_get(Button.class, spec -> spec.withId("resolve-header-headline")).isVisible()).isTrue();
        Revision kept = revisions.history(caseStudyId, null, 0, 20).stream()
                .filter(r -> r.field() == app.casebook.casestudy.RevisionField.HEADLINE).findFirst().orElseThrow();
        assertThat(kept.kind()).isEqualTo(RevisionKind.CONFLICT);
        assertThat(kept.body()).isEqualTo("Cut costs by 40 percent.");
    }

    @Test
    void a_header_field_edit_and_a_remote_edit_of_other_words_are_merged() {
        var jobTitle = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("header-job_title"));
        String before = jobTitle.getValue();
        startTyping(jobTitle);
        Fixtures.as(riley, () -> caseStudies.saveHeader(caseStudyId, HeaderField.JOB_TITLE, before,
                "Interim " + before));
        settle();

        type(jobTitle, before + " (acting)");

        assertThat(caseStudies.get(caseStudyId).caseStudy().jobTitle()).isEqualTo("Interim " + before + " (acting)");
        assertThat(jobTitle.getValue()).isEqualTo("Interim " + before + " (acting)");
        assertThat(jobTitle.isInvalid()).isFalse();
    }

    @Test
    void a_heading_edit_carries_its_base_and_a_concurrent_rename_of_the_same_words_is_a_conflict() {
        var heading = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("heading-" + context.id()));
        startTyping(heading);
        Fixtures.as(riley, () -> caseStudies.renameSection(context.id(), "The Context", "Where we stood"));
        settle();
        assertThat(heading.getValue()).isEqualTo("The Context");

        type(heading, "The Starting Point");

        assertThat(section(caseStudyId, "Where we stood")).isNotNull();
        assertThat(heading.getValue()).isEqualTo("The Starting Point");
        assertThat(status().getText()).isEqualTo("Conflict — choose what to keep");
    }

    @Test
    void with_a_conflict_in_the_text_and_one_in_the_heading_the_two_choose_buttons_follow_the_status_text_first() {
        // Built when first needed (issue 14): the heading's button, built after the text's, still comes after it.
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        Fixtures.as(riley, () -> caseStudies.saveSectionText(context.id(), context.revisionId(),
                START.replace("two", "TWO-A")));
        type(body, START.replace("two", "TWO-B"));
        _get(Dialog.class, spec -> spec.withId("conflict-dialog")).close();
        var heading = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("heading-" + context.id()));
        startTyping(heading);
        Fixtures.as(riley, () -> caseStudies.renameSection(context.id(), "The Context", "Where we stood"));
        settle();
        type(heading, "The Starting Point");
        _find(Dialog.class, spec -> spec.withId("conflict-dialog")).forEach(Dialog::close);

        Button text = _get(Button.class, spec -> spec.withId("resolve-body-" + context.id()));
        Button name = _get(Button.class, spec -> spec.withId("resolve-heading-" + context.id()));
        var row = status().getElement().getParent();
        int at = row.indexOfChild(status().getElement());
        assertThat(row.indexOfChild(text.getElement())).as("the text's button right after the status")
                .isEqualTo(at + 1);
        assertThat(row.indexOfChild(name.getElement())).as("then the heading's").isEqualTo(at + 2);
    }

    @Test
    void a_remote_structural_change_moves_adds_and_renames_section_editors_in_place_without_touching_the_typist() {
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        boolean[] detached = {false};
        body.addDetachListener(e -> detached[0] = true);
        startTyping(body); // Casey types on, without a pause
        Section challenge = section(caseStudyId, "The Challenge");
        Section outcome = section(caseStudyId, "The Outcome");

        Fixtures.as(riley, () -> {
            caseStudies.moveSection(challenge.id(), -1);
            caseStudies.addSection(caseStudyId, "Appendix", 6);
            caseStudies.renameSection(outcome.id(), "The Outcome", "The Results");
        });
        settle();

        assertThat(_get(TextArea.class, spec -> spec.withId("body-" + context.id()))).isSameAs(body);
        assertThat(detached[0]).as("the section being typed in was never taken off the page").isFalse();
        assertThat(shownHeadings()).containsExactlyElementsOf(
                caseStudies.get(caseStudyId).sections().stream().map(Section::heading).toList());
        assertThat(shownHeadings()).startsWith("The Challenge", "The Context").contains("The Results", "Appendix");
    }

    @Test
    void text_typed_in_a_section_someone_else_removes_is_kept_and_can_be_restored_with_the_section() {
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        startTyping(body);

        Fixtures.as(riley, () -> caseStudies.removeSection(context.id()));
        settle();
        type(body, START + " Typed while Riley removed it.");

        assertThat(_get(TextArea.class, spec -> spec.withId("body-" + context.id())).getValue())
                .isEqualTo(START + " Typed while Riley removed it.");
        assertThat(status().getText()).isEqualTo("Not saved — this section was removed by someone else");
        assertThat(_get(Div.class, spec -> spec.withId("removed-" + context.id())).getElement().getTextRecursively())
                .contains("Your text is kept here");

        _click(_get(Button.class, spec -> spec.withId("restore-removed-" + context.id())));

        assertThat(section(caseStudyId, "The Context").body()).isEqualTo(START + " Typed while Riley removed it.");
        assertThat(status().getText()).startsWith("Saved");
    }

    @Test
    void a_section_removed_by_someone_else_while_nobody_types_in_it_goes_away() {
        Fixtures.as(riley, () -> caseStudies.removeSection(context.id()));
        settle();

        assertThat(shownHeadings()).doesNotContain("The Context");
    }

    @Test
    void after_an_automatic_merge_the_cursor_is_mapped_through_the_merge_instead_of_jumping_to_the_end() {
        Section c = section(caseStudyId, "The Context");
        caseStudies.saveSectionText(c.id(), c.revisionId(), "Top line.\n\nBottom line.");
        settle();
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        startTyping(body); // the cursor after "Top line.", Casey types
        Section now = section(caseStudyId, "The Context");
        Fixtures.as(riley, () -> caseStudies.saveSectionText(now.id(), now.revisionId(),
                "Top line.\n\nBottom line. E-edit"));
        settle();
        pendingJavaScript();

        String sent = "Top line. C-edit\n\nBottom line.";
        type(body, sent);
        var caret = pendingJavaScript().stream().filter(i -> i.getInvocation().getExpression()
                .contains("setSelectionRange")).findFirst().orElseThrow();

        assertThat(body.getValue()).isEqualTo("Top line. C-edit\n\nBottom line. E-edit");
        assertThat(status().getText()).endsWith("merged with another change");
        assertThat(caret.getInvocation().getParameters()).startsWith(sent, "30,30,7");
        assertThat(Autosave.mapOffset(sent, body.getValue(), "Top line. C-edit".length()))
                .isEqualTo("Top line. C-edit".length());
    }

    @Test
    void a_person_whose_cursor_rests_in_a_section_sees_others_saves_there_at_once() {
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        BasicUtilsKt._focus(body);

        Fixtures.as(riley, () -> caseStudies.saveSectionText(context.id(), context.revisionId(), START + " Riley."));
        settle();

        assertThat(body.getValue()).isEqualTo(START + " Riley.");
    }

    @Test
    void leaving_is_guarded_for_header_fields_and_headings_as_for_section_text() {
        navigate("");
        navigate(EditorView.path(caseStudyId));
        List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> installed = pendingJavaScript();
        var headline = _get(TextArea.class, spec -> spec.withId("header-headline"));
        var heading = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("heading-" + context.id()));
        for (String key : List.of("header-title", "header-job_title", "header-context", "header-headline",
                "heading-" + context.id(), "body-" + context.id())) {
            assertThat(installed).as("the leave warning is armed by typing in " + key).anyMatch(i ->
                    i.getInvocation().getExpression().contains("casebookUnsaved.add")
                            && i.getInvocation().getParameters().contains(key));
        }

        type(headline, "Cut costs by 40 percent.");
        List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> confirmed =
                new java.util.ArrayList<>(pendingJavaScript());
        type(heading, "Where we started");
        confirmed.addAll(pendingJavaScript());
        for (String key : List.of("header-headline", "heading-" + context.id())) {
            assertThat(confirmed).as("the warning for " + key + " is disarmed once saved").anyMatch(i ->
                    i.getInvocation().getExpression().contains("casebookUnsaved.delete")
                            && i.getInvocation().getParameters().contains(key));
        }
    }

    @Test
    void a_save_followed_at_once_by_a_reorder_disarms_the_leave_warning_on_the_same_text_area() {
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        Section challenge = section(caseStudyId, "The Challenge");
        Button up = _get(Button.class, spec -> spec.withId("move-up-" + challenge.id()));
        pendingJavaScript();

        type(body, START + " Then I reordered."); // within the same second: one request carries both
        up.click();
        var sent = pendingJavaScript();

        assertThat(body.isAttached()).as("the text area the browser shows is still the one saved").isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("body-" + context.id()))).isSameAs(body);
        assertThat(sent).anyMatch(i -> i.getInvocation().getExpression().contains("casebookUnsaved.delete")
                && i.getInvocation().getParameters().contains("body-" + context.id()));
        assertThat(shownHeadings()).startsWith("The Challenge", "The Context");
    }

    @Test
    void a_heading_or_header_field_edit_during_a_database_outage_is_marked_not_saved_and_retried_until_saved() {
        var contextLine = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("header-context"));
        var heading = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("heading-" + context.id()));
        db.execute("alter table revision add constraint co_editing_outage check (body not like '%zq-outage%' "
                + "and (heading is null or heading not like '%zq-outage%'))");
        try {
            type(contextLine, "A context typed during the zq-outage");
            type(heading, "A heading typed during the zq-outage");

            assertThat(contextLine.isInvalid()).isTrue();
            assertThat(contextLine.getErrorMessage()).isEqualTo("Not saved — retrying.");
            assertThat(status().getText()).isEqualTo("Not saved — retrying");
            assertThat(caseStudies.get(caseStudyId).caseStudy().contextLine()).doesNotContain("outage");
        } finally {
            db.execute("alter table revision drop constraint co_editing_outage");
        }

        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                    MockVaadin.runUIQueue();
                    return status().getText().startsWith("Saved") && !contextLine.isInvalid();
                });
        assertThat(caseStudies.get(caseStudyId).caseStudy().contextLine()).isEqualTo("A context typed during the zq-outage");
        assertThat(section(caseStudyId, "A heading typed during the zq-outage").id()).isEqualTo(context.id());
    }

    @Test
    void an_ended_login_is_said_at_once_the_text_is_kept_and_saved_is_never_shown_for_a_save_that_did_not_happen() {
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        var headline = _get(TextArea.class, spec -> spec.withId("header-headline"));
        logout(); // in another tab, or timed out

        type(body, START + " Typed after the login ended.");
        var typed = pendingJavaScript();
        type(headline, "Typed after the login ended.");

        assertThat(status().getText()).startsWith("Not saved — you are logged out");
        assertThat(status().getElement().getAttribute("data-state")).isEqualTo("error");
        assertThat(body.getValue()).isEqualTo(START + " Typed after the login ended.");
        assertThat(headline.isInvalid()).isTrue();
        assertThat(headline.getErrorMessage()).contains("you are logged out");
        assertThat(typed).noneMatch(i -> i.getInvocation().getExpression().contains("casebookUnsaved.delete"));

        type(body, START + " And more.");
        assertThat(status().getText()).startsWith("Not saved — you are logged out");
        login(casey);
        assertThat(section(caseStudyId, "The Context").body()).isEqualTo(START);
    }

    @Test
    void the_browser_of_an_ended_login_says_logged_out_and_not_saved_instead_of_reloading_or_cookies_disabled() {
        var messages = com.vaadin.flow.server.VaadinService.getCurrent().getSystemMessages(java.util.Locale.ENGLISH,
                com.vaadin.flow.server.VaadinRequest.getCurrent());

        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("You are logged out");
        assertThat(messages.getSessionExpiredMessage()).contains("NOT saved").contains("offered back");
        assertThat(messages.isCookiesDisabledNotificationEnabled()).isTrue();
        assertThat(messages.getCookiesDisabledCaption()).isEqualTo("You are logged out");
    }

    @Test
    void unsaved_text_is_kept_in_the_browser_until_the_server_confirms_it() {
        navigate("");
        navigate(EditorView.path(caseStudyId));
        var installed = pendingJavaScript();
        assertThat(installed).anyMatch(i -> i.getInvocation().getExpression().contains("localStorage.setItem"));
        assertThat(installed).anyMatch(i -> i.getInvocation().getExpression().contains("localStorage.getItem"));

        type(_get(TextArea.class, spec -> spec.withId("body-" + context.id())), START + " Saved.");

        assertThat(pendingJavaScript()).anyMatch(i -> i.getInvocation().getExpression().contains("localStorage.removeItem"));
    }

    private static List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> pendingJavaScript() {
        var internals = com.vaadin.flow.component.UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations();
    }

    private static List<String> shownHeadings() {
        return _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("sections"))
                .getChildren().map(c -> ((SectionEditor) c).heading()).toList();
    }

    private Span status() {
        return _get(Span.class, spec -> spec.withId("status-" + context.id()));
    }

    private Revision newest() {
        return revisions.history(caseStudyId, context.id(), 0, 1).getFirst();
    }

    /** Lets the live events on their way reach the page, as the next server push would. */
    static void settle() {
        for (int i = 0; i < 5; i++) {
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            MockVaadin.runUIQueue();
        }
    }

    @SuppressWarnings("unused")
    private static List<Component> all(Class<? extends Component> type) {
        return List.copyOf(_find(type));
    }

    /** The person starts changing the text: the browser's {@code beforeinput}, before the text changes. */
    private static void startTyping(com.vaadin.flow.component.Component field) {
        BasicUtilsKt._fireDomEvent(field, "beforeinput");
    }
}

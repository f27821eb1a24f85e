package app.casebook.comment.ui;

import app.casebook.collaboration.LiveResync;
import app.casebook.casestudy.SectionRemoved;
import app.casebook.casestudy.SectionRenamed;
import app.casebook.casestudy.SectionSaved;
import app.casebook.casestudy.ui.EditorContext;
import app.casebook.casestudy.ui.EditorContribution;
import app.casebook.casestudy.ui.SectionAction;
import app.casebook.comment.CommentEvent;
import app.casebook.comment.CommentService;
import app.casebook.membership.MemberService;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Comments in the editor: the "Comments" panel, a comment button on every section (on the selected words, or on
 * the whole section when nothing is selected), the "Comment" action with its shortcut Ctrl+Alt+M (on the section
 * whose text was last focused), a count of open threads beside each section's heading, and live updates.
 */
@Component
@Order(15)
class CommentsContribution implements EditorContribution {

    /** Remembers the section text that last had the focus, so that the Comment action knows where the selection is. */
    private static final String TRACK_FOCUS = """
            if (!window.__casebookFocusTracked) {
              window.__casebookFocusTracked = true;
              document.addEventListener('focusin', e => {
                const host = e.target && e.target.closest && e.target.closest('vaadin-text-area');
                if (host && host.id && host.id.startsWith('body-')) { window.__casebookLastBody = host; }
              });
            }""";

    /**
     * Clicks the comment button of the section whose preview holds the selected words, or else of the section whose
     * text was last focused.
     */
    private static final String COMMENT_ON_FOCUSED = """
            const sel = window.getSelection();
            const node = sel && !sel.isCollapsed && sel.anchorNode;
            const element = node && (node.nodeType === 1 ? node : node.parentElement);
            const preview = element && element.closest && element.closest('.preview[id^="preview-"]');
            const host = window.__casebookLastBody;
            const id = preview ? preview.id.substring(8) : host && host.id.substring(5);
            const button = id && document.getElementById('comment-button-' + id);
            if (button) { button.click(); }
            return button ? true : false;""";

    /** Highlights a passage in a section's preview with the CSS Custom Highlight API (no change to the DOM). */
    private static final String HIGHLIGHT = """
            if (!window.CSS || !CSS.highlights) { return; }
            CSS.highlights.delete('comment-quote');
            const p = document.getElementById('preview-' + $0);
            if (!p || !$1) { return; }
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            const nodes = []; let text = '';
            while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
            const i = text.indexOf($1);
            if (i < 0) { return; }
            const end = i + $1.length; const range = new Range(); let started = false;
            for (const [n, off] of nodes) {
              if (!started && i >= off && i <= off + n.data.length) { range.setStart(n, i - off); started = true; }
              if (started && end >= off && end <= off + n.data.length) { range.setEnd(n, end - off); break; }
            }
            CSS.highlights.set('comment-quote', new Highlight(range));""";

    private final CommentService comments;
    private final MemberService members;
    private final CurrentUser currentUser;

    CommentsContribution(CommentService comments, MemberService members, CurrentUser currentUser) {
        this.comments = comments;
        this.members = members;
        this.currentUser = currentUser;
    }

    @Override
    public void contribute(EditorContext editor) {
        Map<Long, Span> badges = new HashMap<>();
        CommentsPanel.Editor bridge = new CommentsPanel.Editor() {
            @Override
            public void goToSection(long sectionId) {
                editor.goToSection(sectionId);
            }

            @Override
            public void highlight(long sectionId, String passage) {
                UI.getCurrent().getPage().executeJs(HIGHLIGHT, sectionId, passage);
            }

            @Override
            public void reload() {
                editor.reload();
            }

            @Override
            public void showCounts(Map<Long, Integer> open) {
                open.forEach((sectionId, n) -> badges.computeIfAbsent(sectionId, id -> {
                    Span badge = new Span();
                    badge.setId("comment-count-" + id);
                    badge.addClassName("comment-count");
                    editor.addSectionBadge(id, badge);
                    return badge;
                }));
                badges.forEach((sectionId, badge) -> {
                    int n = open.getOrDefault(sectionId, 0);
                    badge.setText(n == 1 ? "1 open comment" : n + " open comments");
                    badge.setVisible(n > 0);
                });
            }
        };
        CommentsPanel panel = new CommentsPanel(comments, members, editor.caseStudyId(), currentUser.id(),
                editor.myRole(), bridge);
        editor.addPanel("comments", "Comments", 15, panel);
        bridge.showCounts(CommentsPanel.openPerSection(comments.threads(editor.caseStudyId())));

        editor.addSectionAction(new SectionAction("comment-button-", VaadinIcon.COMMENT_O,
                "Comment on the selected words, or on the section (Ctrl+Alt+M)",
                section -> section.readSelection(selection -> {
                    panel.startThread(section.sectionId(), section.heading(), section.text(), selection);
                    editor.showPanel("comments");
                })));

        Button comment = new Button("Comment", VaadinIcon.COMMENT_O.create());
        comment.setId("comment-button");
        comment.setTooltipText("Comment on the selected words (Ctrl+Alt+M)");
        comment.addClickShortcut(Key.KEY_M, KeyModifier.CONTROL, KeyModifier.ALT);
        comment.addAttachListener(e -> e.getUI().getPage().executeJs(TRACK_FOCUS));
        comment.addClickListener(e -> comment.getElement().executeJs(COMMENT_ON_FOCUSED, comment.getElement())
                .then(Boolean.class, found -> {
                    if (!found) {
                        editor.showPanel("comments");
                    }
                }));
        editor.addAction(comment);

        editor.onEvent(event -> {
            if (event instanceof CommentEvent || event instanceof SectionSaved || event instanceof SectionRemoved
                    || event instanceof SectionRenamed || event instanceof LiveResync) {
                if (panel.isAttached()) {
                    panel.refresh();
                    if (event instanceof CommentEvent && event.actorId() != currentUser.id()) {
                        comments.markRead(editor.caseStudyId());
                    }
                } else {
                    bridge.showCounts(CommentsPanel.openPerSection(comments.threads(editor.caseStudyId())));
                }
            }
        });
        editor.onSaved(sectionId -> {
            if (panel.isAttached()) {
                panel.refresh();
            }
        });
    }
}

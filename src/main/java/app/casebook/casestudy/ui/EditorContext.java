package app.casebook.casestudy.ui;

import app.casebook.base.CaseStudyEvent;
import app.casebook.casestudy.CaseStudy;
import app.casebook.casestudy.MemberRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Optional;

/**
 * What an {@link EditorContribution} may add to, and ask of, one open editor page. Valid until the page is built
 * again; everything added is dropped then and the contributions are asked anew.
 */
public interface EditorContext {

    long caseStudyId();

    /** The case study's header as the page was built. */
    CaseStudy caseStudy();

    /** The person's role on the case study as the page was built. */
    MemberRole myRole();

    /**
     * A side panel, shown as a tab beside the sections (below them on a narrow screen). {@code id} names the tab
     * ({@code <id>-tab}) for {@link #showPanel}; panels are ordered by {@code order}, smallest first.
     */
    void addPanel(String id, String label, int order, Component content);

    /** An action under the title, e.g. an export or "submit for review". */
    void addAction(Component action);

    /** A notice above the header fields, e.g. what changed since the last visit. */
    void addNotice(Component notice);

    /** A button on every section, e.g. "history of this section". */
    void addSectionAction(SectionAction action);

    /** A small component beside one section's heading. May be called at any time while the page is open. */
    void addSectionBadge(long sectionId, Component badge);

    /**
     * Every live event of this case study (saves, structure, members, and those of other features), from anyone
     * including this person's other windows; called inside the page's UI lock, after the editor has shown it.
     */
    void onEvent(SerializableConsumer<CaseStudyEvent> listener);

    /** After each save this person made on this page (text or heading), with the section's id. */
    void onSaved(SerializableConsumer<Long> listener);

    /** Brings a side panel to the front. */
    void showPanel(String id);

    /** Scrolls to a section and puts the cursor in its text. */
    void goToSection(long sectionId);

    /** Reads the case study again and shows what changed, leaving sections being typed in alone. */
    void reload();

    /** The section the person is writing in, or last wrote in, on this page; empty before they chose one. */
    Optional<SectionHandle> currentSection();

    /**
     * A keyboard shortcut active while the page is open, listed in the help dialog ({@code ?}). Use Ctrl+Alt with a
     * letter, e.g. {@code addShortcut("Comment on this section", action, Key.KEY_M, KeyModifier.CONTROL,
     * KeyModifier.ALT)}; taken so far: Ctrl+Alt+↓ / ↑ (next/previous section), Ctrl+Alt+H (history).
     */
    void addShortcut(String description, Runnable action, Key key, KeyModifier... modifiers);
}

package app.casebook.casestudy.ui;

import app.casebook.collaboration.LiveResync;
import app.casebook.base.CaseStudyEvent;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.ui.KeyboardShortcuts;
import app.casebook.base.ui.MainLayout;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.AccessChanged;
import app.casebook.casestudy.CaseStudy;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.HeaderChanged;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.Presence;
import app.casebook.casestudy.PresenceChanged;
import app.casebook.casestudy.PresenceService;
import app.casebook.casestudy.Section;
import app.casebook.casestudy.SectionAdded;
import app.casebook.casestudy.SectionRemoved;
import app.casebook.casestudy.SectionRenamed;
import app.casebook.casestudy.SectionRestored;
import app.casebook.casestudy.SectionSaved;
import app.casebook.casestudy.SectionsReordered;
import app.casebook.collaboration.CollaborationBus;
import app.casebook.preference.PreferenceService;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case study on one page: header fields and every section, with the panels of other features beside them (the
 * history, the people, the activity log…), which they add through {@link EditorContribution}s. Shows live what others
 * change, and who else is here.
 */
@Route(value = "case-studies", layout = MainLayout.class)
@PermitAll
public class EditorView extends HorizontalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseStudyService caseStudies;
    private final CollaborationBus bus;
    private final PresenceService presence;
    private final CurrentUser currentUser;
    private final PreferenceService preferences;
    private final List<EditorContribution> contributions;
    private final VerticalLayout main = new VerticalLayout();
    private final VerticalLayout sectionList = new VerticalLayout();
    private final Div side = new Div();
    private final List<SectionEditor> editors = new ArrayList<>();
    private final AvatarGroup presenceAvatars = new AvatarGroup();
    private long caseStudyId;
    private String title = "Case study";
    private MemberRole myRole;
    private boolean canEdit;
    private HeaderForm header;
    private QualityPanel quality;
    private LiveSession live;
    private Page page;
    private H1 heading;
    private WritingModeSwitch writingMode;
    private Long currentSectionId;
    private boolean shortcutsAdded;

    public EditorView(CaseStudyService caseStudies, CollaborationBus bus, PresenceService presence,
                      CurrentUser currentUser, PreferenceService preferences, List<EditorContribution> contributions) {
        this.caseStudies = caseStudies;
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
        this.preferences = preferences;
        this.contributions = List.copyOf(contributions);
        presenceAvatars.setId("presence");
        presenceAvatars.setMaxItemsVisible(8);
        addClassName("editor-view");
        setSizeFull();
        main.addClassName("editor-main");
        sectionList.setPadding(false);
        sectionList.setId("sections");
        side.addClassName("editor-side");
        setSpacing(false);
        add(main, side);
    }

    /** The editor with one of its side panels in front, e.g. {@code case-studies/12?panel=review}. */
    public static String path(long caseStudyId, String panel) {
        return path(caseStudyId) + "?panel=" + panel;
    }

    public static String path(long caseStudyId) {
        return "case-studies/" + caseStudyId;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.caseStudyId = id;
        build(caseStudies.get(id));
        // "?panel=review" (a link from a notification): that panel in front; an unknown one is ignored
        event.getLocation().getQueryParameters().getSingleParameter("panel").ifPresent(page::showPanel);
        if (live != null) {
            live.stop();
        }
        live = new LiveSession(bus, presence, id);
        if (isAttached()) {
            getUI().ifPresent(ui -> live.start(ui, this::onEvent));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        addShortcuts(attachEvent.getUI());
        if (live != null) {
            live.start(attachEvent.getUI(), this::onEvent);
            showPresence();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.stop();
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return title + " · Casebook";
    }

    /** Next/previous section for everyone; features add theirs through {@link EditorContext#addShortcut}. */
    private void addShortcuts(com.vaadin.flow.component.UI ui) {
        if (shortcutsAdded) {
            return;
        }
        shortcutsAdded = true;
        KeyboardShortcuts shortcuts = KeyboardShortcuts.of(ui);
        shortcuts.add(this, "Next section", () -> goToNeighbour(1), Key.ARROW_DOWN, KeyModifier.CONTROL,
                KeyModifier.ALT);
        shortcuts.add(this, "Previous section", () -> goToNeighbour(-1), Key.ARROW_UP, KeyModifier.CONTROL,
                KeyModifier.ALT);
    }

    /** Puts the cursor in the section after (or before) the one last worked in; the first one when none was. */
    void goToNeighbour(int delta) {
        if (editors.isEmpty()) {
            return;
        }
        int index = -1;
        for (int i = 0; i < editors.size(); i++) {
            if (Long.valueOf(editors.get(i).sectionId()).equals(currentSectionId)) {
                index = i;
            }
        }
        int next = index < 0 ? 0 : Math.max(0, Math.min(editors.size() - 1, index + delta));
        SectionEditor editor = editors.get(next);
        currentSectionId = editor.sectionId();
        editor.focusText();
    }

    private void onEvent(CaseStudyEvent event) {
        switch (event) {
            case PresenceChanged p -> {
                showPresence();
                return;
            }
            case AccessChanged a -> {
                if (!accessChanged()) {
                    return;
                }
            }
            case LiveResync r -> {
                // Events may have been missed while Redis was away from this node: read everything again.
                if (!accessChanged()) {
                    return;
                }
                reload();
            }
            case HeaderChanged h -> reload();
            case SectionSaved s -> reload();
            case SectionRenamed s -> reload();
            case SectionAdded s -> reload();
            case SectionRemoved s -> reload();
            case SectionRestored s -> reload();
            case SectionsReordered s -> reload();
            default -> {
            }
        }
        if (page != null) {
            page.eventListeners.forEach(listener -> listener.accept(event));
        }
    }

    /**
     * A member's role changed, someone was removed or the case study was deleted: reads the person's access again.
     * Leaves the page when it is gone; rebuilds it for a changed role of their own (unless they are typing). False
     * when the page was left.
     */
    private boolean accessChanged() {
        CaseStudyDetails details;
        try {
            details = caseStudies.get(caseStudyId);
        } catch (NotFoundException e) {
            lostAccess("You no longer have access to this case study.");
            return false;
        }
        if (details.caseStudy().myRole() != myRole && editors.stream().noneMatch(SectionEditor::hasUnsavedText)
                && !header.hasUnsavedText()) {
            build(details);
            showPresence();
        }
        return true;
    }

    private void showPresence() {
        List<Presence> people;
        try {
            people = presence.present(caseStudyId);
        } catch (NotFoundException e) {
            lostAccess("You no longer have access to this case study.");
            return;
        }
        presenceAvatars.setItems(people.stream().map(p -> {
            var item = new AvatarGroup.AvatarGroupItem(p.name());
            item.setAbbreviation(p.initials());
            // One colour per person (Lumo has seven), so two people with the same initials are told apart.
            item.setColorIndex((int) Math.floorMod(p.accountId(), 7L));
            return item;
        }).toList());
        long me = currentUser.id();
        for (SectionEditor editor : editors) {
            editor.showEditors(people.stream()
                    .filter(p -> p.accountId() != me && Long.valueOf(editor.sectionId()).equals(p.editingSectionId()))
                    .map(Presence::name).toList());
        }
    }

    private void lostAccess(String message) {
        if (live != null) {
            live.stop();
            live = null;
        }
        Notifications.error(message);
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
    }

    /** (Re)builds the whole page for the person's current role, asking every contribution for its parts again. */
    private void build(CaseStudyDetails details) {
        CaseStudy cs = details.caseStudy();
        this.title = cs.title();
        this.myRole = cs.myRole();
        this.canEdit = myRole.allows(Permission.EDIT);
        main.removeAll();
        side.removeAll();
        if (page != null) {
            page.shortcuts.forEach(Registration::remove);
        }
        heading = new H1(cs.title());
        heading.setId("case-study-title");
        heading.addClassName("case-study-title");
        Span meta = new Span("Status: " + cs.status().label() + " · Your role: " + myRole.label());
        meta.addClassName("editor-meta");
        HorizontalLayout titleRow = new HorizontalLayout(heading, presenceAvatars);
        titleRow.setWidthFull();
        titleRow.addClassName("editor-title-row");
        titleRow.setAlignItems(Alignment.CENTER);
        titleRow.expand(heading);
        Div notices = new Div();
        notices.addClassName("editor-notices");
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("editor-actions");
        actions.setId("editor-actions");
        header = new HeaderForm(caseStudies, cs, canEdit);
        quality = new QualityPanel(caseStudies, caseStudyId);

        page = new Page(cs, notices, actions);
        contributions.forEach(c -> c.contribute(page));

        actions.setVisible(actions.getComponentCount() > 0);
        writingMode = new WritingModeSwitch(readWritingMode(), this::writingModeChosen);
        showWritingMode(writingMode.getValue());
        main.add(titleRow, meta, notices, actions, quality, header, writingMode, sectionList);
        if (canEdit) {
            Button add = new Button("Add section", VaadinIcon.PLUS.create(), e -> addSection());
            add.setId("add-section-button");
            main.add(add);
        }
        showSections(details.sections());
        showPanels();
    }

    private void showPanels() {
        side.removeAll();
        if (page.panels.isEmpty()) {
            side.setVisible(false);
            return;
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("editor-panels");
        verticalScrollingOnly(tabs);
        tabs.setWidthFull();
        page.panels.sort(Comparator.comparingInt(PanelEntry::order));
        for (PanelEntry panel : page.panels) {
            Tab tab = tabs.add(panel.label(), panel.content());
            tab.setId(panel.id() + "-tab");
            page.tabs.put(panel.id(), tab);
        }
        page.tabSheet = tabs;
        side.add(tabs);
        side.setVisible(true);
    }

    private void showSections(List<Section> sections) {
        sectionList.removeAll();
        editors.clear();
        for (Section s : sections) {
            SectionEditor editor = newEditor(s);
            editors.add(editor);
            sectionList.add(editor);
        }
        quality.refresh(editors);
    }

    private SectionEditor newEditor(Section s) {
        SectionEditor editor = new SectionEditor(caseStudies, s, canEdit, this::removeSection,
                delta -> move(s.id(), delta), List.copyOf(page.sectionActions));
        editor.addSavedListener(e -> page.savedListeners.forEach(l -> l.accept(s.id())));
        editor.setOnSaved(() -> quality.refresh(editors));
        page.badges.getOrDefault(s.id(), List.of()).forEach(editor::addBadge);
        editor.setEditingListener(sectionId -> {
            if (sectionId != null) {
                currentSectionId = sectionId;
            }
            if (live != null) {
                live.editing(sectionId);
            }
        });
        return editor;
    }

    /**
     * Brings the sections on screen to {@code sections} in place: section editors are moved, added and removed, never
     * rebuilt, and the one being typed in is not moved at all (the others move around it), so neither its focus nor
     * what the browser has not sent yet is touched. A section removed by someone else while this person has unsaved
     * text in it stays, saying so and offering to bring it back with the text ({@link SectionEditor#markRemoved}).
     */
    private void reconcile(List<Section> sections) {
        Map<Long, SectionEditor> shown = new LinkedHashMap<>();
        editors.forEach(e -> shown.put(e.sectionId(), e));
        List<SectionEditor> target = new ArrayList<>();
        for (Section s : sections) {
            SectionEditor editor = shown.remove(s.id());
            if (editor == null) {
                editor = newEditor(s);
            } else if (editor.isMarkedRemoved()) {
                editor.restored(s);
            } else {
                editor.showSaved(s);
            }
            target.add(editor);
        }
        for (SectionEditor gone : shown.values()) {
            if (gone.hasUnsavedText()) {
                gone.markRemoved(() -> restoreRemoved(gone));
                target.add(Math.min(editors.indexOf(gone), target.size()), gone);
            }
        }
        List<SectionEditor> current = editors.stream().filter(target::contains).toList();
        editors.stream().filter(e -> !target.contains(e)).forEach(sectionList::remove);
        java.util.Set<SectionEditor> keep = keptInPlace(current, target);
        current.stream().filter(e -> !keep.contains(e)).forEach(sectionList::remove);
        for (int i = 0; i < target.size(); i++) {
            SectionEditor e = target.get(i);
            if (sectionList.getComponentCount() <= i || sectionList.getComponentAt(i) != e) {
                sectionList.addComponentAtIndex(i, e);
            }
        }
        editors.clear();
        editors.addAll(target);
    }

    /**
     * The editors that can stay where they are: the longest run of them already in the target order, where the one
     * being typed in counts more than all the others together, so it is the last to be moved.
     */
    private static java.util.Set<SectionEditor> keptInPlace(List<SectionEditor> current, List<SectionEditor> target) {
        int n = current.size();
        int[] order = new int[n];
        int[] weight = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = target.indexOf(current.get(i));
            weight[i] = current.get(i).hasUnsavedText() ? 1000 : 1;
        }
        int[] best = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            best[i] = weight[i];
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (order[j] < order[i] && best[j] + weight[i] > best[i]) {
                    best[i] = best[j] + weight[i];
                    previous[i] = j;
                }
            }
            if (end < 0 || best[i] > best[end]) {
                end = i;
            }
        }
        java.util.Set<SectionEditor> keep = new java.util.HashSet<>();
        for (int i = end; i >= 0; i = previous[i]) {
            keep.add(current.get(i));
        }
        return keep;
    }

    /** Brings back a section someone removed while this person had unsaved text in it, with that text. */
    private void restoreRemoved(SectionEditor editor) {
        try {
            caseStudies.undoRemoveSection(editor.sectionId(), editors.indexOf(editor) + 1);
        } catch (NotFoundException e) {
            Notifications.error("This section cannot be brought back. Copy your text from it.");
            return;
        }
        reconcile(caseStudies.get(caseStudyId).sections());
        editor.saveNow();
        quality.refresh(editors);
    }

    /** Reads the case study again and shows what changed, leaving sections being typed in alone. */
    void reload() {
        CaseStudyDetails details;
        try {
            details = caseStudies.get(caseStudyId);
        } catch (NotFoundException e) {
            lostAccess("You no longer have access to this case study.");
            return;
        }
        header.show(details.caseStudy());
        showTitle(details.caseStudy().title());
        reconcile(details.sections());
        quality.refresh(editors);
        showPresence();
    }

    /** The heading and the browser tab follow the title, whoever changed it. */
    private void showTitle(String newTitle) {
        if (newTitle == null || newTitle.equals(title)) {
            return;
        }
        title = newTitle;
        heading.setText(newTitle);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private WritingMode readWritingMode() {
        try {
            return WritingMode.parse(preferences.get(WritingMode.PREFERENCE).orElse(null));
        } catch (RuntimeException e) {
            return WritingMode.WRITE;
        }
    }

    private void writingModeChosen(WritingMode mode) {
        showWritingMode(mode);
        try {
            preferences.put(WritingMode.PREFERENCE, mode.value());
        } catch (RuntimeException e) {
            Notifications.error("Your choice is used here but could not be remembered: " + e.getMessage());
        }
    }

    private void showWritingMode(WritingMode mode) {
        sectionList.getElement().setAttribute("data-writing-mode", mode.value());
    }

    private void addSection() {
        try {
            caseStudies.addSection(caseStudyId, "New section", editors.size());
            reconcile(caseStudies.get(caseStudyId).sections());
            quality.refresh(editors);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void removeSection(SectionEditor editor) {
        int position = editors.indexOf(editor) + 1;
        caseStudies.removeSection(editor.sectionId());
        editors.remove(editor);
        sectionList.remove(editor);
        reconcile(caseStudies.get(caseStudyId).sections());
        quality.refresh(editors);
        Notification n = new Notification();
        n.setDuration(8000);
        n.setPosition(Notification.Position.BOTTOM_CENTER);
        Button undo = new Button("Undo", e -> {
            caseStudies.undoRemoveSection(editor.sectionId(), position);
            reconcile(caseStudies.get(caseStudyId).sections());
            quality.refresh(editors);
            n.close();
        });
        undo.setId("undo-remove-button");
        n.add(new HorizontalLayout(new Span("Section removed. Its text stays in the history."), undo));
        n.open();
    }

    private void move(long sectionId, int delta) {
        caseStudies.moveSection(sectionId, delta);
        reconcile(caseStudies.get(caseStudyId).sections());
        quality.refresh(editors);
    }

    private record PanelEntry(String id, String label, int order, Component content) {
    }

    /** What the contributions added to the page as it was last built. */
    private final class Page implements EditorContext {

        private final CaseStudy caseStudy;
        private final Div notices;
        private final HorizontalLayout actions;
        private final List<PanelEntry> panels = new ArrayList<>();
        private final Map<String, Tab> tabs = new HashMap<>();
        private final List<SectionAction> sectionActions = new ArrayList<>();
        private final Map<Long, List<Component>> badges = new LinkedHashMap<>();
        private final List<SerializableConsumer<CaseStudyEvent>> eventListeners = new ArrayList<>();
        private final List<SerializableConsumer<Long>> savedListeners = new ArrayList<>();
        private final List<Registration> shortcuts = new ArrayList<>();
        private TabSheet tabSheet;

        Page(CaseStudy caseStudy, Div notices, HorizontalLayout actions) {
            this.caseStudy = caseStudy;
            this.notices = notices;
            this.actions = actions;
        }

        @Override
        public long caseStudyId() {
            return caseStudy.id();
        }

        @Override
        public CaseStudy caseStudy() {
            return caseStudy;
        }

        @Override
        public MemberRole myRole() {
            return caseStudy.myRole();
        }

        @Override
        public void addPanel(String id, String label, int order, Component content) {
            panels.add(new PanelEntry(id, label, order, content));
        }

        @Override
        public void addAction(Component action) {
            actions.add(action);
        }

        @Override
        public void addNotice(Component notice) {
            notices.add(notice);
        }

        @Override
        public void addSectionAction(SectionAction action) {
            sectionActions.add(action);
        }

        @Override
        public void addSectionBadge(long sectionId, Component badge) {
            badges.computeIfAbsent(sectionId, id -> new ArrayList<>()).add(badge);
            if (page == this) {
                editors.stream().filter(e -> e.sectionId() == sectionId).findFirst().ifPresent(e -> e.addBadge(badge));
            }
        }

        @Override
        public void onEvent(SerializableConsumer<CaseStudyEvent> listener) {
            eventListeners.add(listener);
        }

        @Override
        public void onSaved(SerializableConsumer<Long> listener) {
            savedListeners.add(listener);
        }

        @Override
        public void showPanel(String id) {
            Tab tab = tabs.get(id);
            if (tabSheet != null && tab != null) {
                tabSheet.setSelectedTab(tab);
            }
        }

        @Override
        public void goToSection(long sectionId) {
            editors.stream().filter(e -> e.sectionId() == sectionId).findFirst().ifPresent(SectionEditor::focusText);
        }

        @Override
        public void reload() {
            EditorView.this.reload();
        }

        @Override
        public Optional<SectionHandle> currentSection() {
            return editors.stream().filter(e -> Long.valueOf(e.sectionId()).equals(currentSectionId))
                    .map(SectionHandle.class::cast).findFirst();
        }

        @Override
        public void addShortcut(String description, Runnable action, Key key, KeyModifier... modifiers) {
            UI ui = getUI().orElse(UI.getCurrent());
            if (ui != null) {
                shortcuts.add(KeyboardShortcuts.of(ui).add(EditorView.this, description, action::run, key,
                        modifiers));
            }
        }
    }

    /**
     * The tab sheet's content scrolls up and down only: its scroller otherwise showed a sideways scrollbar of about
     * 16 px in the side panel. The scroller is inside the tab sheet's shadow DOM, where the page's CSS cannot change
     * its overflow; its own switch is the attribute {@code scroll-direction="vertical"}.
     */
    private static void verticalScrollingOnly(TabSheet tabs) {
        tabs.addAttachListener(e -> tabs.getElement().executeJs("""
                customElements.whenDefined('vaadin-tabsheet').then(() => this.updateComplete).then(() => {
                    const content = this.shadowRoot && this.shadowRoot.querySelector('[part~="content"]');
                    if (content) content.setAttribute('scroll-direction', 'vertical');
                });"""));
    }
}

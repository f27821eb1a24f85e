package app.casebook.casestudy.ui;

import app.casebook.account.InvitationService;
import app.casebook.account.ui.MembersPanel;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.collaboration.CollaborationBus;
import app.casebook.collaboration.CollaborationEvent;
import app.casebook.collaboration.Presence;
import app.casebook.collaboration.PresenceService;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import app.casebook.base.ui.MainLayout;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberService;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.Section;
import app.casebook.publish.ExportService;
import app.casebook.publish.ui.ExportLink;
import app.casebook.revision.RevisionService;
import app.casebook.revision.ui.ChangesSinceVisitPanel;
import app.casebook.revision.ui.HistoryPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/** A case study on one page: header fields, every section, and the history beside them. */
@Route(value = "case-studies", layout = MainLayout.class)
@PermitAll
public class EditorView extends HorizontalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseStudyService caseStudies;
    private final RevisionService revisions;
    private final MemberService members;
    private final InvitationService invitations;
    private final ExportService exports;
    private final VerticalLayout main = new VerticalLayout();
    private final VerticalLayout sectionList = new VerticalLayout();
    private final Div side = new Div();
    private final List<SectionEditor> editors = new ArrayList<>();
    private long caseStudyId;
    private String title = "Case study";
    private HeaderForm header;
    private HistoryPanel history;
    private QualityPanel quality;
    private ChangesSinceVisitPanel changesSinceVisit;
    private boolean canEdit;
    private final CollaborationBus bus;
    private final PresenceService presence;
    private final CurrentUser currentUser;
    private final AvatarGroup presenceAvatars = new AvatarGroup();
    private LiveSession live;
    private MembersPanel membersPanel;
    private app.casebook.casestudy.MemberRole myRole;

    public EditorView(CaseStudyService caseStudies, RevisionService revisions, MemberService members,
                      InvitationService invitations, ExportService exports, CollaborationBus bus,
                      PresenceService presence, CurrentUser currentUser) {
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.members = members;
        this.invitations = invitations;
        this.exports = exports;
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
        presenceAvatars.setId("presence");
        presenceAvatars.setMaxItemsVisible(8);
        addClassName("editor-view");
        setSizeFull();
        main.addClassName("editor-main");
        sectionList.setPadding(false);
        sectionList.setId("sections");
        side.addClassName("editor-side");
        add(main, side);
        setFlexGrow(3, main);
        setFlexGrow(2, side);
    }

    public static String path(long caseStudyId) {
        return "case-studies/" + caseStudyId;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.caseStudyId = id;
        CaseStudyDetails details = caseStudies.get(id);
        this.title = details.caseStudy().title();
        this.canEdit = details.caseStudy().myRole().allows(Permission.EDIT);
        build(details);
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

    private void onEvent(CollaborationEvent event) {
        switch (event.type()) {
            case PRESENCE -> showPresence();
            case DELETED -> lostAccess("This case study was deleted.");
            case MEMBERS -> membersChanged();
            default -> reload();
        }
    }

    /** A member was added, removed or changed role: a changed role of my own rebuilds the page for it. */
    private void membersChanged() {
        CaseStudyDetails details;
        try {
            details = caseStudies.get(caseStudyId);
        } catch (NotFoundException e) {
            lostAccess("You no longer have access to this case study.");
            return;
        }
        if (details.caseStudy().myRole() != myRole && editors.stream().noneMatch(SectionEditor::hasUnsavedText)) {
            this.canEdit = details.caseStudy().myRole().allows(Permission.EDIT);
            build(details);
            showPresence();
        } else if (membersPanel != null) {
            membersPanel.refresh();
        }
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

    @Override
    public String getPageTitle() {
        return title + " · Casebook";
    }

    private void build(CaseStudyDetails details) {
        main.removeAll();
        side.removeAll();
        H2 heading = new H2(details.caseStudy().title());
        heading.setId("case-study-title");
        Span role = new Span("Status: " + details.caseStudy().status().label() + " · Your role: "
                + details.caseStudy().myRole().label());
        role.addClassName("editor-meta");
        header = new HeaderForm(caseStudies, details.caseStudy(), canEdit);
        quality = new QualityPanel(caseStudies, caseStudyId);
        changesSinceVisit = new ChangesSinceVisitPanel(revisions, caseStudyId);
        HorizontalLayout titleRow = new HorizontalLayout(heading, presenceAvatars);
        titleRow.setWidthFull();
        titleRow.setAlignItems(Alignment.CENTER);
        titleRow.expand(heading);
        main.add(titleRow, role, changesSinceVisit);
        if (details.caseStudy().myRole().allows(Permission.EXPORT)) {
            main.add(new ExportLink(exports, caseStudyId));
        }
        main.add(quality, header, sectionList);
        if (canEdit) {
            Button add = new Button("Add section", VaadinIcon.PLUS.create(), e -> addSection());
            add.setId("add-section-button");
            main.add(add);
        }
        showSections(details.sections());

        if (details.caseStudy().myRole().allows(Permission.HISTORY)) {
            history = new HistoryPanel(revisions, caseStudyId);
            history.setRestoreAllowed(canEdit);
            history.addRestoredListener(e -> reload());
            side.add(history);
        }
        myRole = details.caseStudy().myRole();
        membersPanel = new MembersPanel(members, invitations, caseStudyId, myRole.allows(Permission.MANAGE));
        side.add(membersPanel);
    }

    private void showSections(List<Section> sections) {
        sectionList.removeAll();
        editors.clear();
        for (Section s : sections) {
            SectionEditor editor = new SectionEditor(caseStudies, s, canEdit, this::removeSection,
                    delta -> move(s.id(), delta),
                    sec -> {
                        if (history != null) {
                            history.showSection(sec.id(), sec.heading());
                        }
                    });
            editor.addSavedListener(e -> {
                if (history != null) {
                    history.showNewRevisions();
                }
            });
            editor.setOnSaved(() -> quality.refresh(editors));
            changesSinceVisit.badgeFor(s.id()).ifPresent(editor::addBadge);
            editor.setEditingListener(sectionId -> {
                if (live != null) {
                    live.editing(sectionId);
                }
            });
            editors.add(editor);
            sectionList.add(editor);
        }
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
        List<Long> shown = editors.stream().map(SectionEditor::sectionId).toList();
        List<Long> now = details.sections().stream().map(Section::id).toList();
        if (!shown.equals(now)) {
            if (editors.stream().noneMatch(SectionEditor::hasUnsavedText)) {
                showSections(details.sections());
            }
        } else {
            for (int i = 0; i < editors.size(); i++) {
                editors.get(i).showSaved(details.sections().get(i));
            }
        }
        quality.refresh(editors);
        if (history != null) {
            history.showNewRevisions();
        }
        showPresence();
    }

    private void addSection() {
        try {
            caseStudies.addSection(caseStudyId, "New section", editors.size());
            showSections(caseStudies.get(caseStudyId).sections());
            if (history != null) {
                history.refresh();
            }
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void removeSection(SectionEditor editor) {
        int position = editors.indexOf(editor) + 1;
        caseStudies.removeSection(editor.sectionId());
        showSections(caseStudies.get(caseStudyId).sections());
        Notification n = new Notification();
        n.setDuration(8000);
        n.setPosition(Notification.Position.BOTTOM_CENTER);
        Button undo = new Button("Undo", e -> {
            caseStudies.undoRemoveSection(editor.sectionId(), position);
            showSections(caseStudies.get(caseStudyId).sections());
            n.close();
        });
        undo.setId("undo-remove-button");
        n.add(new HorizontalLayout(new Span("Section removed. Its text stays in the history."), undo));
        n.open();
        if (history != null) {
            history.refresh();
        }
    }

    private void move(long sectionId, int delta) {
        caseStudies.moveSection(sectionId, delta);
        showSections(caseStudies.get(caseStudyId).sections());
    }

}

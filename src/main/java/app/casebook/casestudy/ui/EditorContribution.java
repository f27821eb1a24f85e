package app.casebook.casestudy.ui;

/**
 * A feature's part of the editor page. Every Spring bean implementing it is asked, each time the page is built for a
 * case study and a person (on opening, and again when the person's role changes), to add its panels, actions,
 * notices and section buttons through the {@link EditorContext}. This way the editor knows no other feature: the
 * history, the people, the activity log or the exports register themselves from their own packages.
 *
 * <p>Contributions add only what the person's role allows ({@link EditorContext#myRole()}); the services check every
 * action again. Components load their data when they are attached, not in their constructors.
 */
public interface EditorContribution {

    void contribute(EditorContext editor);
}

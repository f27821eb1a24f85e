package app.casebook.publish;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.ui.EditorView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The owner publishes and unpublishes an approved version from the editor's "Publish" panel. */
class PublishPanelTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void the_owner_publishes_an_approved_version_gets_its_link_and_unpublishes_it() {
        Account casey = newAccount("Casey");
        login(casey);
        long caseStudyId = importSeed();
        Versions.of(context).approved(caseStudyId, casey, "Published title",
                List.of(new Document.Part("The Outcome", "Costs down 40%.")), newAccount("Riley"));
        UI.getCurrent().navigate(EditorView.path(caseStudyId));
        openPanel("publish");

        _click(_get(Button.class, spec -> spec.withId("publish-button")));

        String link = _get(Anchor.class, spec -> spec.withId("public-link")).getHref();
        assertThat(link).matches(".*/p/[A-Za-z0-9_-]{43}");

        _click(_get(Button.class, spec -> spec.withId("unpublish-button")));

        _assertNone(Anchor.class, spec -> spec.withId("public-link"));
        _assertNone(Button.class, spec -> spec.withId("unpublish-button"));
    }

    @Test
    void without_an_approved_version_there_is_nothing_to_publish() {
        Account casey = newAccount("Casey");
        login(casey);
        long caseStudyId = importSeed();
        UI.getCurrent().navigate(EditorView.path(caseStudyId));
        openPanel("publish");

        assertThat(_get(Paragraph.class, spec -> spec.withId("nothing-to-publish")).getText())
                .contains("must be approved first");
        _assertNone(Button.class, spec -> spec.withId("publish-button"));
    }
}

package app.casebook.revision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.text.WordDiff;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

class DiffViewTest {

    @Test
    void html_in_a_revision_is_shown_as_text_never_as_markup() {
        DiffView view = new DiffView(WordDiff.compare("hello", "hello <script>alert(1)</script> <b>bold</b>"));

        assertThat(view.getElement().getTextRecursively()).isEqualTo("hello <script>alert(1)</script> <b>bold</b>");
        assertThat(view.getElement().getChildren().map(Element::getTag)).containsOnly("span");
        assertThat(view.getElement().getChildren().flatMap(Element::getChildren).filter(e -> !e.isTextNode()))
                .isEmpty();
    }
}

package app.casebook.base.ui;

import app.casebook.base.NotFoundException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a case study, section or revision does not exist or is not the person's to see. */
@PageTitle("Not found · Casebook")
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        add(ErrorPage.notFound());
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

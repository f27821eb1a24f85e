package app.casebook.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address that leads nowhere, including ids that are not numbers. */
@PageTitle("Not found · Casebook")
@AnonymousAllowed
public class RouteNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public RouteNotFoundView() {
        add(ErrorPage.notFound());
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package app.casebook.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a service refuses what a page needs, e.g. a reviewer opening the history of a version to edit. */
@PageTitle("Not allowed · Casebook")
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(ErrorPage.of("Not allowed", parameter.getException().getMessage()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

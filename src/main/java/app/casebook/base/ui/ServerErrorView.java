package app.casebook.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.casebook.base.DatabaseStatus;

/**
 * Shown instead of Vaadin's error page when a page cannot be built: a plain message, never the exception's class,
 * text or stack (those go to the log). A database that cannot be reached gets the words of {@link DatabaseBanner}.
 */
@PageTitle("Something went wrong · Casebook")
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (DatabaseStatus.isDatabaseFailure(parameter.getCaughtException())) {
            log.warn("A page could not be built: the database does not answer ({})",
                    parameter.getCaughtException().getClass().getSimpleName());
            add(ErrorPage.of("Database unreachable", DatabaseBanner.TEXT + " Try this page again in a moment."));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("A page could not be built", parameter.getCaughtException());
        add(ErrorPage.of("Something went wrong", "This page could not be shown. It was logged; try again in a "
                + "moment."));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

package app.casebook.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What the browser says when its login has ended (logged out in another tab, timed out, ended by an administrator)
 * while a page is open. Vaadin's default reloads the page at once, which asks "Leave site?" over unsaved text, or
 * says "Cookies disabled" when the logout removed the session cookie. Instead the page says at once that the person
 * is logged out and their latest text is not saved, and stays as it is (the text can still be copied) until they
 * click the message. The editor keeps unsaved text in the browser too and offers it back after the next login.
 */
@Component
class LoggedOutMessages implements VaadinServiceInitListener {

    static final String CAPTION = "You are logged out";
    static final String MESSAGE = "Your latest changes are NOT saved. They are kept in this browser and offered back "
            + "when you open the page after logging in again. Click here to log in.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages());
    }

    static CustomizedSystemMessages messages() {
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredCaption(CAPTION);
        m.setSessionExpiredMessage(MESSAGE);
        m.setSessionExpiredNotificationEnabled(true);
        m.setCookiesDisabledCaption(CAPTION);
        m.setCookiesDisabledMessage(MESSAGE);
        m.setCookiesDisabledNotificationEnabled(true);
        return m;
    }
}

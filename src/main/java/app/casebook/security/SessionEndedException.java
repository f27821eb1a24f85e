package app.casebook.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Work asked for in a session that has ended: the account was disabled, its password reset or changed elsewhere, or it
 * no longer exists. Nothing was done.
 */
public class SessionEndedException extends AccessDeniedException {

    public static final String MESSAGE = "Your session has ended: your account was changed. Nothing was saved from "
            + "this page; log in again.";

    public SessionEndedException() {
        super(MESSAGE);
    }
}

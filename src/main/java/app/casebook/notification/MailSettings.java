package app.casebook.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether e-mail is on (an SMTP host is set: {@code MAIL_HOST}), who it is from ({@code MAIL_FROM}) and the root URL
 * of the links in it ({@code CASEBOOK_URL}, e.g. {@code https://casebook.example/}).
 */
@Component
public class MailSettings {

    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    MailSettings(@Value("${spring.mail.host:}") String host, @Value("${casebook.mail.from:}") String from,
                 @Value("${casebook.base-url:http://localhost:8080/}") String baseUrl) {
        this.enabled = host != null && !host.isBlank();
        this.from = from == null || from.isBlank() ? "casebook@localhost" : from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public boolean enabled() {
        return enabled;
    }

    public String from() {
        return from;
    }

    /** An absolute link to a path of the application. */
    public String link(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}

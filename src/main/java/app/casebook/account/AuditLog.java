package app.casebook.account;

import app.casebook.base.Times;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes the site-wide audit log: logins, failures, lock-outs and changes to accounts. */
@Component
class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A row for something done in a request; the client address is the request's. */
    @Transactional
    public void record(String action, Long actorId, String target, String detail) {
        repository.insert(actorId, action, target, detail, currentClientAddress(), Times.now(clock));
    }

    /** A row that must stay even when the surrounding work fails, e.g. a failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String action, Long actorId, String target, String detail, String clientAddress) {
        repository.insert(actorId, action, target, detail,
                clientAddress == null ? currentClientAddress() : clientAddress, Times.now(clock));
    }

    private static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

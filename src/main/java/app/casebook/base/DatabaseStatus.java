package app.casebook.base;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether this node reaches its database, known within {@link #DEADLINE}: checked every
 * {@code casebook.database.check-interval} (2 s) and whenever a database call failed. A check that does not answer
 * within the deadline counts as down (a cut network answers nothing, and the pool would wait its whole connection
 * timeout). Listeners hear every change (the banner of open windows, the health endpoint reads it).
 */
@Component
public class DatabaseStatus {

    public static final Duration DEADLINE = Duration.ofMillis(1500);
    private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);

    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database-check");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean up = true;
    private Future<Boolean> running;

    DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Whether {@code t} or one of its causes says the database could not be reached or answered with an error: Spring's
     * data-access exceptions, a transaction that could not start (no connection), or a driver's {@code SQLException}.
     */
    public static boolean isDatabaseFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.springframework.dao.DataAccessException
                    || c instanceof org.springframework.transaction.TransactionException
                    || c instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    /** What the last check said. */
    public boolean isUp() {
        return up;
    }

    /** Checks now, waiting at most {@link #DEADLINE}; true when the database answered. */
    public boolean check() {
        Future<Boolean> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = checker.submit(this::probe);
            }
            check = running;
        }
        boolean ok;
        try {
            ok = check.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        set(ok);
        return ok;
    }

    /** A database call failed: check at once rather than at the next round. */
    public void callFailed() {
        if (up) {
            check();
        }
    }

    /** Hears {@code true} when the database is back and {@code false} when it is lost; returns how to stop. */
    public Runnable onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Scheduled(fixedDelayString = "${casebook.database.check-interval:2s}")
    void poll() {
        check();
    }

    private boolean probe() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, DEADLINE.toSeconds()));
        } catch (Exception e) {
            return false;
        }
    }

    private void set(boolean now) {
        boolean before = up;
        up = now;
        if (before != now) {
            if (now) {
                log.info("The database answers again");
            } else {
                log.warn("The database does not answer within {} ms", DEADLINE.toMillis());
            }
            for (Consumer<Boolean> listener : listeners) {
                try {
                    listener.accept(now);
                } catch (RuntimeException e) {
                    log.debug("A listener of the database status failed", e);
                }
            }
        }
    }
}

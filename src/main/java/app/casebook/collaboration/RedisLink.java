package app.casebook.collaboration;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;

/**
 * Whether this node's Redis publish/subscribe works, proven end to end: every {@link #PROBE_EVERY} the node
 * publishes a probe on a channel of its own and its listener container hears it back. The link is down when a
 * publish fails or no probe came back for {@link #SILENCE} (the subscription was lost); it is up again when a probe
 * comes back, which proves the subscription is live, and then {@code onReturn} runs once so that every open view on
 * this node reads again what it may have missed.
 *
 * <p>While down, the node publishes nothing to Redis (a publish would wait for the command timeout): its live events
 * reach its own people only and are counted as publish failures. The outage is logged once when it starts and once
 * when it ends, never per message; people see nothing of it.
 */
final class RedisLink implements AutoCloseable {

    static final Duration PROBE_EVERY = Duration.ofSeconds(1);
    static final Duration SILENCE = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);

    enum State { STARTING, UP, DOWN }

    private final StringRedisTemplate redis;
    private final Runnable onReturn;
    private final Counter publishFailures;
    private final ChannelTopic probeTopic = new ChannelTopic("casebook:probe:" + UUID.randomUUID());
    private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redis-link-probe");
        t.setDaemon(true);
        return t;
    });
    private volatile State state = State.STARTING;
    private volatile long lastAnswerMillis = System.currentTimeMillis();

    RedisLink(StringRedisTemplate redis, Runnable onReturn, Counter publishFailures) {
        this.redis = redis;
        this.onReturn = onReturn;
        this.publishFailures = publishFailures;
    }

    /** Starts probing; call once the probe listener is registered with the listener container. */
    RedisLink start() {
        probes.scheduleWithFixedDelay(this::probe, 0, PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** The channel this node's probes travel on; only this node listens to it. */
    ChannelTopic probeTopic() {
        return probeTopic;
    }

    /** To register with the listener container on {@link #probeTopic()}. */
    MessageListener probeListener() {
        return (message, pattern) -> answered();
    }

    State state() {
        return state;
    }

    /** True while Redis is known to be away: publish nothing there. */
    boolean down() {
        return state == State.DOWN;
    }

    /** A live event or signal went to this node's people only: counted, and the link is down. */
    void publishFailed(RuntimeException cause) {
        publishFailures.increment();
        if (cause != null) {
            lost(cause.getMessage());
        }
    }

    void probe() {
        try {
            redis.convertAndSend(probeTopic.getTopic(), Long.toString(System.currentTimeMillis()));
        } catch (RuntimeException e) {
            lost(e.getMessage());
            return;
        }
        if (state == State.UP && System.currentTimeMillis() - lastAnswerMillis > SILENCE.toMillis()) {
            lost("no probe came back for " + SILENCE.toSeconds() + " s");
        }
    }

    private void answered() {
        lastAnswerMillis = System.currentTimeMillis();
        State was;
        synchronized (this) {
            was = state;
            state = State.UP;
        }
        if (was == State.DOWN) {
            log.info("Redis is back: live events travel between nodes again; open editors on this node read again "
                    + "what they may have missed");
            try {
                onReturn.run();
            } catch (RuntimeException e) {
                log.warn("Could not ask the open editors to read again", e);
            }
        }
    }

    private void lost(String reason) {
        synchronized (this) {
            if (state == State.DOWN) {
                return;
            }
            state = State.DOWN;
        }
        log.warn("Redis unreachable ({}): live events reach the people on this node only until it is back "
                + "(counted in {}); then open editors read again", reason, RedisCollaboration.PUBLISH_FAILURES);
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }
}

package app.casebook.collaboration;

import app.casebook.base.CaseStudyEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Several nodes: events travel through one Redis publish/subscribe channel and each node hands them to its own
 * watchers; presence is kept in Redis hashes (one per case study) so every node sees everyone. While Redis is away
 * from a node ({@link RedisLink}), the node keeps serving its own people; when it is back, every open view on the
 * node reads again ({@link LiveResync}).
 */
@Configuration
@Profile("redis")
class RedisCollaboration {

    static final String CHANNEL = "casebook:collaboration";
    static final String PUBLISH_FAILURES = "casebook.live.redis.publish.failures";
    static final String PERSON_CHANNEL = "casebook:person";
    static final String REDIS_UP = "casebook.live.redis.up";
    private static final Logger log = LoggerFactory.getLogger(RedisCollaboration.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Whether Redis works for this node; when it comes back, every open view on this node reads again. */
    @Bean(destroyMethod = "close")
    RedisLink redisLink(StringRedisTemplate redis, InProcessCollaborationBus local, InProcessPersonChannel people,
                        MeterRegistry meters) {
        RedisLink link = new RedisLink(redis, () -> {
            local.resyncAll();
            people.resyncAll();
        }, Counter.builder(PUBLISH_FAILURES)
                .description("Live events and signals not published to Redis (delivered on this node only)")
                .register(meters));
        Gauge.builder(REDIS_UP, link, l -> l.state() == RedisLink.State.UP ? 1 : 0)
                .description("1 while this node's Redis publish/subscribe works (its probe comes back), else 0")
                .register(meters);
        return link.start();
    }

    @Bean
    RedisMessageListenerContainer collaborationListenerContainer(RedisConnectionFactory factory,
                                                                 InProcessCollaborationBus local, RedisLink link) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.addMessageListener((message, pattern) -> {
            try {
                String text = new String(message.getBody(), StandardCharsets.UTF_8);
                local.deliverLocally(decode(text), publishedAt(text));
            } catch (RuntimeException e) {
                log.warn("Ignored a malformed collaboration message", e);
            }
        }, new ChannelTopic(CHANNEL));
        container.addMessageListener(link.probeListener(), link.probeTopic());
        return container;
    }

    @Bean
    RedisMessageListenerContainer personListenerContainer(RedisConnectionFactory factory,
                                                          InProcessPersonChannel local) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.addMessageListener((message, pattern) -> {
            try {
                local.deliverLocally(Long.parseLong(new String(message.getBody(), StandardCharsets.UTF_8).strip()));
            } catch (RuntimeException e) {
                log.warn("Ignored a malformed person signal", e);
            }
        }, new ChannelTopic(PERSON_CHANNEL));
        return container;
    }

    /** Person signals through Redis: the message is the account id; every node calls its own listeners. */
    @Bean
    @Primary
    PersonChannel redisPersonChannel(StringRedisTemplate redis, InProcessPersonChannel local, RedisLink link) {
        return new PersonChannel() {
            @Override
            public void signal(long accountId) {
                if (link.down()) {
                    link.publishFailed(null);
                    local.deliverLocally(accountId);
                    return;
                }
                try {
                    redis.convertAndSend(PERSON_CHANNEL, Long.toString(accountId));
                } catch (RuntimeException e) {
                    link.publishFailed(e);
                    local.deliverLocally(accountId);
                }
            }

            @Override
            public CollaborationBus.Subscription subscribe(long accountId, Runnable listener) {
                return local.subscribe(accountId, listener);
            }
        };
    }

    @Bean
    @Primary
    RedisCollaborationBus redisCollaborationBus(StringRedisTemplate redis, InProcessCollaborationBus local,
                                                RedisLink link) {
        return new RedisCollaborationBus(redis, local, link);
    }

    @Bean
    PresenceStore redisPresenceStore(StringRedisTemplate redis) {
        return new RedisPresenceStore(redis);
    }

    /**
     * Publishes to Redis; every node (this one included) delivers what arrives on the channel. While the
     * {@link RedisLink} is down, delivers on this node only, at once (see {@link RedisLink}).
     */
    static class RedisCollaborationBus implements CollaborationBus {

        private final StringRedisTemplate redis;
        private final InProcessCollaborationBus local;
        private final RedisLink link;

        RedisCollaborationBus(StringRedisTemplate redis, InProcessCollaborationBus local, RedisLink link) {
            this.redis = redis;
            this.local = local;
            this.link = link;
        }

        @Override
        public void publish(CaseStudyEvent event) {
            long now = System.currentTimeMillis();
            if (link.down()) {
                link.publishFailed(null);
                local.deliverLocally(event, now);
                return;
            }
            try {
                redis.convertAndSend(CHANNEL, encode(event, now));
            } catch (RuntimeException e) {
                link.publishFailed(e);
                local.deliverLocally(event, now);
            }
        }

        @Override
        public Subscription subscribe(long caseStudyId, Consumer<CaseStudyEvent> listener) {
            return local.subscribe(caseStudyId, listener);
        }
    }

    /**
     * An event on the wire: {@code {"type": "<class name>", "sentAt": <epoch ms>, "event": {<the record as JSON>}}}.
     * Only records of
     * Casebook's own packages that implement {@link CaseStudyEvent} are read back; anything else on the channel is
     * refused before a class is instantiated.
     */
    static String encode(CaseStudyEvent event) {
        return encode(event, System.currentTimeMillis());
    }

    static String encode(CaseStudyEvent event, long sentAtMillis) {
        ObjectNode message = JSON.createObjectNode();
        message.put("type", event.getClass().getName());
        message.put("sentAt", sentAtMillis);
        message.set("event", JSON.valueToTree(event));
        return JSON.writeValueAsString(message);
    }

    /** When the message was published (epoch ms); now for a message without that field. */
    static long publishedAt(String text) {
        JsonNode sentAt = JSON.readTree(text).path("sentAt");
        return sentAt.isNumber() ? sentAt.asLong() : System.currentTimeMillis();
    }

    static CaseStudyEvent decode(String text) {
        JsonNode message = JSON.readTree(text);
        String type = message.path("type").asString("");
        if (!type.startsWith("app.casebook.")) {
            throw new IllegalArgumentException("Not a Casebook event: " + type);
        }
        Class<?> eventClass;
        try {
            eventClass = Class.forName(type, false, RedisCollaboration.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown event type " + type, e);
        }
        if (!eventClass.isRecord() || !CaseStudyEvent.class.isAssignableFrom(eventClass)) {
            throw new IllegalArgumentException("Not a Casebook event: " + type);
        }
        return (CaseStudyEvent) JSON.treeToValue(message.path("event"), eventClass);
    }

    /**
     * Presence in Redis: one key per window, {@code casebook:presence-window:<caseStudyId>:<window>} = who and where,
     * which expires {@link PresenceStore#TTL} after the window's last heartbeat (Redis removes it, whichever node
     * served the window), and a set {@code casebook:presence-windows:<caseStudyId>} of the case study's windows,
     * pruned as their keys expire. (Earlier versions kept one hash per case study under {@code casebook:presence:};
     * it expires by itself.)
     */
    static class RedisPresenceStore implements PresenceStore {

        /** The index set outlives its windows a little; it is only an index. */
        private static final Duration INDEX_TTL = Duration.ofHours(12);
        private final StringRedisTemplate redis;

        RedisPresenceStore(StringRedisTemplate redis) {
            this.redis = redis;
        }

        private static String index(long caseStudyId) {
            return "casebook:presence-windows:" + caseStudyId;
        }

        private static String key(long caseStudyId, String viewKey) {
            return "casebook:presence-window:" + caseStudyId + ":" + viewKey;
        }

        @Override
        public void put(long caseStudyId, String viewKey, Entry entry) {
            String value = entry.accountId() + "|" + (entry.sectionId() == null ? "" : entry.sectionId()) + "|"
                    + entry.name();
            redis.opsForValue().set(key(caseStudyId, viewKey), value, TTL);
            redis.opsForSet().add(index(caseStudyId), viewKey);
            redis.expire(index(caseStudyId), INDEX_TTL);
        }

        @Override
        public boolean touch(long caseStudyId, String viewKey) {
            return Boolean.TRUE.equals(redis.expire(key(caseStudyId, viewKey), TTL));
        }

        @Override
        public Entry remove(long caseStudyId, String viewKey) {
            String old = redis.opsForValue().getAndDelete(key(caseStudyId, viewKey));
            redis.opsForSet().remove(index(caseStudyId), viewKey);
            return old == null ? null : parse(old);
        }

        @Override
        public boolean contains(long caseStudyId, String viewKey) {
            return Boolean.TRUE.equals(redis.hasKey(key(caseStudyId, viewKey)));
        }

        @Override
        public Map<String, Entry> entries(long caseStudyId) {
            Set<String> windows = redis.opsForSet().members(index(caseStudyId));
            if (windows == null || windows.isEmpty()) {
                return Map.of();
            }
            List<String> order = List.copyOf(windows);
            List<String> values = redis.opsForValue().multiGet(order.stream().map(w -> key(caseStudyId, w)).toList());
            Map<String, Entry> result = new HashMap<>();
            List<String> gone = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                String value = values == null ? null : values.get(i);
                if (value == null) {
                    gone.add(order.get(i));
                } else {
                    result.put(order.get(i), parse(value));
                }
            }
            if (!gone.isEmpty()) {
                redis.opsForSet().remove(index(caseStudyId), gone.toArray());
            }
            return result;
        }

        private static Entry parse(String value) {
            String[] p = value.split("\\|", 3);
            return new Entry(Long.parseLong(p[0]), p[2], p[1].isEmpty() ? null : Long.valueOf(p[1]));
        }
    }
}

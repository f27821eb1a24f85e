package app.casebook.collaboration;

import app.casebook.base.CaseStudyEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
 * watchers; presence is kept in Redis hashes (one per case study) so every node sees everyone.
 */
@Configuration
@Profile("redis")
class RedisCollaboration {

    static final String CHANNEL = "casebook:collaboration";
    static final String PUBLISH_FAILURES = "casebook.live.redis.publish.failures";
    static final String PERSON_CHANNEL = "casebook:person";
    private static final Logger log = LoggerFactory.getLogger(RedisCollaboration.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    RedisMessageListenerContainer collaborationListenerContainer(RedisConnectionFactory factory,
                                                                 InProcessCollaborationBus local) {
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
    PersonChannel redisPersonChannel(StringRedisTemplate redis, InProcessPersonChannel local) {
        return new PersonChannel() {
            @Override
            public void signal(long accountId) {
                try {
                    redis.convertAndSend(PERSON_CHANNEL, Long.toString(accountId));
                } catch (RuntimeException e) {
                    log.warn("Redis unreachable; signalling account {} on this node only", accountId, e);
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
                                                MeterRegistry meters) {
        return new RedisCollaborationBus(redis, local, Counter.builder(PUBLISH_FAILURES)
                .description("Live events that could not be published to Redis (delivered on this node only)")
                .register(meters));
    }

    @Bean
    PresenceStore redisPresenceStore(StringRedisTemplate redis) {
        return new RedisPresenceStore(redis);
    }

    /** Publishes to Redis; every node (this one included) delivers what arrives on the channel. */
    static class RedisCollaborationBus implements CollaborationBus {

        private final StringRedisTemplate redis;
        private final InProcessCollaborationBus local;
        private final Counter publishFailures;

        RedisCollaborationBus(StringRedisTemplate redis, InProcessCollaborationBus local, Counter publishFailures) {
            this.redis = redis;
            this.local = local;
            this.publishFailures = publishFailures;
        }

        @Override
        public void publish(CaseStudyEvent event) {
            long now = System.currentTimeMillis();
            try {
                redis.convertAndSend(CHANNEL, encode(event, now));
            } catch (RuntimeException e) {
                publishFailures.increment();
                log.warn("Redis unreachable; delivering {} on this node only", event.getClass().getSimpleName(), e);
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

    /** Presence in Redis: hash {@code casebook:presence:<caseStudyId>}, field = window, value = who and where. */
    static class RedisPresenceStore implements PresenceStore {

        private static final Duration TTL = Duration.ofHours(12);
        private final StringRedisTemplate redis;

        RedisPresenceStore(StringRedisTemplate redis) {
            this.redis = redis;
        }

        private static String key(long caseStudyId) {
            return "casebook:presence:" + caseStudyId;
        }

        @Override
        public void put(long caseStudyId, String viewKey, Entry entry) {
            String value = entry.accountId() + "|" + (entry.sectionId() == null ? "" : entry.sectionId()) + "|"
                    + entry.name();
            redis.opsForHash().put(key(caseStudyId), viewKey, value);
            redis.expire(key(caseStudyId), TTL);
        }

        @Override
        public Entry remove(long caseStudyId, String viewKey) {
            Object old = redis.opsForHash().get(key(caseStudyId), viewKey);
            redis.opsForHash().delete(key(caseStudyId), viewKey);
            return old == null ? null : parse(old.toString());
        }

        @Override
        public boolean contains(long caseStudyId, String viewKey) {
            return redis.opsForHash().hasKey(key(caseStudyId), viewKey);
        }

        @Override
        public Map<String, Entry> entries(long caseStudyId) {
            Map<String, Entry> result = new HashMap<>();
            redis.opsForHash().entries(key(caseStudyId)).forEach((k, v) -> result.put(k.toString(), parse(v.toString())));
            return result;
        }

        private static Entry parse(String value) {
            String[] p = value.split("\\|", 3);
            return new Entry(Long.parseLong(p[0]), p[2], p[1].isEmpty() ? null : Long.valueOf(p[1]));
        }
    }
}

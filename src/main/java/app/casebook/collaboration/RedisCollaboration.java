package app.casebook.collaboration;

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

/**
 * Several nodes: events travel through one Redis publish/subscribe channel and each node hands them to its own
 * watchers; presence is kept in Redis hashes (one per case study) so every node sees everyone.
 */
@Configuration
@Profile("redis")
class RedisCollaboration {

    static final String CHANNEL = "casebook:collaboration";
    private static final Logger log = LoggerFactory.getLogger(RedisCollaboration.class);

    @Bean
    RedisMessageListenerContainer collaborationListenerContainer(RedisConnectionFactory factory,
                                                                 InProcessCollaborationBus local) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.addMessageListener((message, pattern) -> {
            try {
                local.deliverLocally(RedisCollaborationBus.decode(new String(message.getBody(), StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                log.warn("Ignored a malformed collaboration message", e);
            }
        }, new ChannelTopic(CHANNEL));
        return container;
    }

    @Bean
    @Primary
    RedisCollaborationBus redisCollaborationBus(StringRedisTemplate redis, InProcessCollaborationBus local) {
        return new RedisCollaborationBus(redis, local);
    }

    @Bean
    PresenceStore redisPresenceStore(StringRedisTemplate redis) {
        return new RedisPresenceStore(redis);
    }

    /** Publishes to Redis; every node (this one included) delivers what arrives on the channel. */
    static class RedisCollaborationBus implements CollaborationBus {

        private final StringRedisTemplate redis;
        private final InProcessCollaborationBus local;

        RedisCollaborationBus(StringRedisTemplate redis, InProcessCollaborationBus local) {
            this.redis = redis;
            this.local = local;
        }

        @Override
        public void publish(CollaborationEvent event) {
            try {
                redis.convertAndSend(CHANNEL, encode(event));
            } catch (RuntimeException e) {
                log.warn("Redis unreachable; delivering {} on this node only", event.type(), e);
                local.deliverLocally(event);
            }
        }

        @Override
        public Subscription subscribe(long caseStudyId, Consumer<CollaborationEvent> listener) {
            return local.subscribe(caseStudyId, listener);
        }

        static String encode(CollaborationEvent e) {
            return e.caseStudyId() + "|" + (e.sectionId() == null ? "" : e.sectionId()) + "|" + e.type().name() + "|"
                    + e.actorId();
        }

        static CollaborationEvent decode(String text) {
            String[] p = text.split("\\|", -1);
            return CollaborationEvent.of(Long.parseLong(p[0]), p[1].isEmpty() ? null : Long.valueOf(p[1]),
                    CollaborationEvent.Type.valueOf(p[2]), Long.parseLong(p[3]));
        }
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

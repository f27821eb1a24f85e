package app.casebook.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two nodes share live-collaboration events and presence through Redis (127.0.0.1:6379). Node A is this Spring
 * context; node B is a second bus wired by hand to the same Redis, as another application node would be.
 * Needs Redis: skipped on a developer machine without it, failing in CI.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:redis;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "casebook.demo-data=false", "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=6379"})
@ActiveProfiles("redis")
class RedisCollaborationTest {

    @Autowired
    CollaborationBus nodeA;
    @Autowired
    RedisConnectionFactory connectionFactory;
    @Autowired
    StringRedisTemplate redis;

    private final InProcessCollaborationBus nodeBLocal = new InProcessCollaborationBus();
    private org.springframework.data.redis.listener.RedisMessageListenerContainer nodeBContainer;

    @BeforeAll
    static void redisIsThere() {
        boolean up;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
            up = true;
        } catch (Exception e) {
            up = false;
        }
        if (!up && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Redis must run on 127.0.0.1:6379 in CI (.ci/run starts it)");
        }
        Assumptions.assumeTrue(up, "Redis not running on 127.0.0.1:6379");
    }

    @AfterEach
    void stopNodeB() throws Exception {
        if (nodeBContainer != null) {
            nodeBContainer.stop();
            nodeBContainer.destroy();
        }
    }

    @Test
    void an_event_published_on_one_node_reaches_watchers_on_another_node() throws Exception {
        nodeBContainer = new RedisCollaboration().collaborationListenerContainer(connectionFactory, nodeBLocal);
        nodeBContainer.afterPropertiesSet();
        nodeBContainer.start();
        long caseStudyId = System.nanoTime();
        List<CollaborationEvent> seenOnB = new CopyOnWriteArrayList<>();
        nodeBLocal.subscribe(caseStudyId, seenOnB::add);
        List<CollaborationEvent> seenOnA = new CopyOnWriteArrayList<>();
        nodeA.subscribe(caseStudyId, seenOnA::add);

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            nodeA.publish(CollaborationEvent.of(caseStudyId, 42L, CollaborationEvent.Type.SECTION_TEXT, 7L));
            assertThat(seenOnB).isNotEmpty();
        });
        CollaborationEvent received = seenOnB.getFirst();
        assertThat(received.caseStudyId()).isEqualTo(caseStudyId);
        assertThat(received.sectionId()).isEqualTo(42L);
        assertThat(received.type()).isEqualTo(CollaborationEvent.Type.SECTION_TEXT);
        assertThat(received.actorId()).isEqualTo(7L);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> !seenOnA.isEmpty());
    }

    @Test
    void presence_written_by_one_node_is_seen_by_another() {
        var storeA = new RedisCollaboration.RedisPresenceStore(redis);
        var storeB = new RedisCollaboration.RedisPresenceStore(redis);
        long caseStudyId = System.nanoTime();
        storeA.put(caseStudyId, "window-1", new PresenceStore.Entry(5L, "Riley Reviewer", 9L));
        assertThat(storeB.entries(caseStudyId)).containsEntry("window-1",
                new PresenceStore.Entry(5L, "Riley Reviewer", 9L));
        assertThat(storeB.remove(caseStudyId, "window-1")).isNotNull();
        assertThat(storeA.entries(caseStudyId)).isEmpty();
    }
}

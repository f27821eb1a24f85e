package app.casebook.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.casebook.base.CaseStudyEvent;
import app.casebook.base.RedisTest;
import app.casebook.casestudy.RevisionKind;
import app.casebook.casestudy.SectionSaved;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two nodes share live-collaboration events and presence through Redis (127.0.0.1:6379). Node A is this Spring
 * context; node B is a second bus wired by hand to the same Redis, as another application node would be.
 * Needs Redis ({@link RedisTest}).
 */
@RedisTest
class RedisCollaborationTest {

    @Autowired
    CollaborationBus nodeA;
    @Autowired
    RedisConnectionFactory connectionFactory;
    @Autowired
    StringRedisTemplate redis;

    private final InProcessCollaborationBus nodeBLocal = new InProcessCollaborationBus();
    private org.springframework.data.redis.listener.RedisMessageListenerContainer nodeBContainer;

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
        List<CaseStudyEvent> seenOnB = new CopyOnWriteArrayList<>();
        nodeBLocal.subscribe(caseStudyId, seenOnB::add);
        List<CaseStudyEvent> seenOnA = new CopyOnWriteArrayList<>();
        nodeA.subscribe(caseStudyId, seenOnA::add);
        SectionSaved saved = new SectionSaved(caseStudyId, 42L, 7L, 99L, RevisionKind.MERGE);

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            nodeA.publish(saved);
            assertThat(seenOnB).isNotEmpty();
        });
        assertThat(seenOnB.getFirst()).isEqualTo(saved);
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

    @Test
    void presence_reflects_reality_a_window_without_heartbeats_expires_in_redis_on_every_node() {
        var storeA = new RedisCollaboration.RedisPresenceStore(redis);
        var storeB = new RedisCollaboration.RedisPresenceStore(redis);
        long caseStudyId = System.nanoTime();
        storeA.put(caseStudyId, "alive", new PresenceStore.Entry(5L, "Riley Reviewer", null));
        storeA.put(caseStudyId, "killed", new PresenceStore.Entry(6L, "Kim Killed", null));
        String killedKey = "casebook:presence-window:" + caseStudyId + ":killed";
        assertThat(redis.getExpire(killedKey)).isBetween(1L, PresenceStore.TTL.toSeconds());

        assertThat(storeB.touch(caseStudyId, "alive")).isTrue();
        redis.delete(killedKey); // what Redis does when the TTL runs out without a heartbeat

        assertThat(storeB.entries(caseStudyId)).containsOnlyKeys("alive");
        assertThat(storeA.touch(caseStudyId, "killed")).isFalse();
        assertThat(redis.opsForSet().members("casebook:presence-windows:" + caseStudyId)).containsOnly("alive");
        storeA.remove(caseStudyId, "alive");
    }

    @Test
    void only_casebook_events_are_read_back_from_the_channel() {
        MemberRoleChangedLike typed = new MemberRoleChangedLike(3L, 4L);
        assertThat(RedisCollaboration.decode(RedisCollaboration.encode(typed))).isEqualTo(typed);
        assertThatThrownBy(() -> RedisCollaboration.decode(
                "{\"type\":\"java.util.ArrayList\",\"event\":{}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedisCollaboration.decode(
                "{\"type\":\"app.casebook.base.Times\",\"event\":{}}")).isInstanceOf(IllegalArgumentException.class);
    }

    record MemberRoleChangedLike(long caseStudyId, long actorId) implements CaseStudyEvent {
    }
}

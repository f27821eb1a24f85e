package app.casebook.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.casebook.base.CaseStudyEvent;
import app.casebook.base.RedisTest;
import app.casebook.casestudy.RevisionKind;
import app.casebook.casestudy.SectionSaved;
import app.casebook.e2e.TcpProxy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
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
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final InProcessCollaborationBus nodeBLocal = new InProcessCollaborationBus();
    private org.springframework.data.redis.listener.RedisMessageListenerContainer nodeBContainer;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void stopNodeB() throws Exception {
        if (nodeBContainer != null) {
            nodeBContainer.stop();
            nodeBContainer.destroy();
        }
        for (AutoCloseable c : toClose.reversed()) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    /**
     * Issue 14 item 5: node B reaches Redis through a proxy the test cuts. While cut, node B keeps serving its own
     * people at once (its publish does not wait for Redis), counts what it could not publish, and misses node A's
     * event; when the proxy is restored, node B notices by itself and every watcher on it gets a {@link LiveResync}
     * for its case study (on which an editor reads again, see EditorLiveResyncTest), and the live bus works again.
     */
    @Test
    void a_node_cut_off_from_redis_serves_its_own_people_and_makes_every_watcher_read_again_when_redis_is_back()
            throws Exception {
        TcpProxy proxy = closeLater(new TcpProxy(6379));
        LettuceConnectionFactory factoryB = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", proxy.port()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        factoryB.afterPropertiesSet();
        factoryB.start();
        toClose.add(factoryB::destroy);
        StringRedisTemplate redisB = new StringRedisTemplate(factoryB);
        InProcessPersonChannel peopleB = new InProcessPersonChannel();
        Counter failuresB = new SimpleMeterRegistry().counter(RedisCollaboration.PUBLISH_FAILURES);
        RedisLink linkB = closeLater(new RedisLink(redisB, () -> {
            nodeBLocal.resyncAll();
            peopleB.resyncAll();
        }, failuresB));
        nodeBContainer = new RedisCollaboration().collaborationListenerContainer(factoryB, nodeBLocal, linkB);
        nodeBContainer.afterPropertiesSet();
        nodeBContainer.start();
        linkB.start();
        CollaborationBus nodeB = new RedisCollaboration.RedisCollaborationBus(redisB, nodeBLocal, linkB);

        long caseStudyId = System.nanoTime();
        List<CaseStudyEvent> seenOnB = new CopyOnWriteArrayList<>();
        nodeBLocal.subscribe(caseStudyId, seenOnB::add);
        AtomicInteger bellRefreshesOnB = new AtomicInteger();
        peopleB.subscribe(4711L, bellRefreshesOnB::incrementAndGet);
        await().atMost(Duration.ofSeconds(10)).until(() -> linkB.state() == RedisLink.State.UP);
        // Node A's link (this context's) probes on its own schedule: its first probe may come after node B's.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                meters.get(RedisCollaboration.REDIS_UP).gauge().value()).as("node A's link").isEqualTo(1));

        proxy.cut();
        await().atMost(Duration.ofSeconds(10)).until(linkB::down);
        SectionSaved onA = new SectionSaved(caseStudyId, 1L, 7L, 11L, RevisionKind.EDIT);
        nodeA.publish(onA);
        SectionSaved onB = new SectionSaved(caseStudyId, 2L, 8L, 12L, RevisionKind.EDIT);
        long started = System.nanoTime();
        nodeB.publish(onB);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a save on node B does not wait for Redis")
                .isLessThan(Duration.ofMillis(500));
        await().atMost(Duration.ofSeconds(2)).until(() -> seenOnB.contains(onB));
        assertThat(failuresB.count()).isEqualTo(1);
        Thread.sleep(500);
        assertThat(seenOnB).as("node A's event cannot reach node B while it is cut off").doesNotContain(onA)
                .noneMatch(LiveResync.class::isInstance);

        proxy.restore();
        await().atMost(Duration.ofSeconds(20)).until(() -> seenOnB.contains(new LiveResync(caseStudyId)));
        assertThat(linkB.state()).isEqualTo(RedisLink.State.UP);
        await().atMost(Duration.ofSeconds(2)).until(() -> bellRefreshesOnB.get() >= 1);
        SectionSaved afterwards = new SectionSaved(caseStudyId, 3L, 7L, 13L, RevisionKind.EDIT);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            nodeA.publish(afterwards);
            assertThat(seenOnB).contains(afterwards);
        });
        assertThat(failuresB.count()).as("nothing failed once Redis was back").isEqualTo(1);
    }

    @Test
    void an_event_published_on_one_node_reaches_watchers_on_another_node() throws Exception {
        RedisLink linkB = closeLater(new RedisLink(redis, () -> { }, new SimpleMeterRegistry().counter("f")));
        nodeBContainer = new RedisCollaboration().collaborationListenerContainer(connectionFactory, nodeBLocal, linkB);
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

package org.matchday.solve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.matchday.problem.Problem;
import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import org.matchday.solve.SolveLease.Outcome;
import org.matchday.solve.SolveLease.Renewal;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The solve lease on the real database (H2 in tests, PostgreSQL in CI's second stage): instances are played by
 * separate {@link SolveLease} objects with their own names, the running application is the instance "here".
 */
@QuarkusTest
class SolveLeaseTest {

    /** Short enough to wait for; long enough that a busy machine never lets it lapse between two steps. */
    private static final Duration EXPIRY = Duration.ofSeconds(5);

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    SolveLease here;

    @Test
    void oneHolderAtATimeUntilItReleases() {
        long event = TestEvents.importFixture("small-event.json");
        SolveLease a = instance("a");
        SolveLease b = instance("b");

        assertEquals(Outcome.ACQUIRED, a.acquire(event, "a-1", "{}"));
        assertEquals(Outcome.HELD_ELSEWHERE, b.acquire(event, "b-1", "{}"));
        assertEquals(Outcome.HELD_ELSEWHERE, a.acquire(event, "a-2", "{}"));
        assertEquals("a", b.find(event).orElseThrow().holder());
        assertTrue(b.isHeld(event));
        assertEquals(Renewal.HELD, a.renew(event, "a-1"));

        assertTrue(b.requestStop(event));
        assertEquals(Renewal.STOP_REQUESTED, a.renew(event, "a-1"));
        a.release(event, "a-1", "{\"status\": \"NOT_SOLVING\"}");
        assertFalse(b.isHeld(event));
        // A renewal racing with the release must not revive the lease.
        assertEquals(Renewal.LOST, a.renew(event, "a-1"));
        assertFalse(b.isHeld(event));
        assertFalse(b.requestStop(event), "nobody holds the lease, so nobody is asked to stop");

        assertEquals(Outcome.ACQUIRED, b.acquire(event, "b-1", "{}"));
        SolveLease.Lease taken = a.find(event).orElseThrow();
        assertEquals("b", taken.holder());
        assertFalse(taken.stopRequested(), "a stop asked of the last job does not stop the next");
        // The earlier job's token no longer holds anything: it can neither renew nor save.
        assertEquals(Renewal.LOST, a.renew(event, "a-1"));
        assertThrows(SolveLease.LostException.class, () -> a.recordSave(event, "a-1", "{}"));
        b.recordSave(event, "b-1", "{\"status\": \"SOLVING\"}");
        assertTrue(a.find(event).orElseThrow().savedAt() != null);
    }

    @Test
    void aLeaseLastsWhileRenewedAndCanBeTakenOnceItExpires() {
        long event = TestEvents.importFixture("small-event.json");
        SolveLease a = instance("a");
        SolveLease b = instance("b");
        assertEquals(Outcome.ACQUIRED, a.acquire(event, "a-1", "{}"));

        // Renewed for twice its expiry: never free.
        long renewedUntil = System.nanoTime() + 2 * EXPIRY.toNanos();
        while (System.nanoTime() < renewedUntil) {
            assertEquals(Renewal.HELD, a.renew(event, "a-1"));
            assertEquals(Outcome.HELD_ELSEWHERE, b.acquire(event, "b-1", "{}"));
            pause(300);
        }

        // Its holder "dies": no more renewals. Someone else gets it once it expires, not before.
        long died = System.nanoTime();
        assertEquals(Renewal.HELD, a.renew(event, "a-1"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> b.acquire(event, "b-1", "{}") == Outcome.ACQUIRED);
        long waited = (System.nanoTime() - died) / 1_000_000;
        assertTrue(waited >= EXPIRY.toMillis() - 200, "taken after " + waited + " ms");
        assertEquals(Renewal.LOST, a.renew(event, "a-1"));
        assertEquals(Renewal.HELD, b.renew(event, "b-1"));
    }

    @Test
    void ofHoldersRacingForOneEventExactlyOneWins() throws Exception {
        List<Long> events = List.of(TestEvents.importFixture("small-event.json"),
                TestEvents.importFixture("small-event.json"));
        List<SolveLease> holders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            holders.add(instance("racer-" + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(holders.size());
        try {
            for (long event : events) {
                // Round 0 races to insert the event's first lease row, the later rounds to take a released one.
                for (int round = 0; round < 8; round++) {
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<Outcome>> outcomes = new ArrayList<>();
                    for (int i = 0; i < holders.size(); i++) {
                        SolveLease holder = holders.get(i);
                        String token = "r" + round + "-" + i;
                        outcomes.add(threads.submit(() -> {
                            go.await();
                            return holder.acquire(event, token, "{}");
                        }));
                    }
                    go.countDown();
                    List<Outcome> results = new ArrayList<>();
                    for (Future<Outcome> outcome : outcomes) {
                        results.add(outcome.get());
                    }
                    assertEquals(1, results.stream().filter(o -> o == Outcome.ACQUIRED).count(),
                            "event " + event + ", round " + round + ": " + results);
                    assertEquals(holders.size() - 1,
                            results.stream().filter(o -> o == Outcome.HELD_ELSEWHERE).count());
                    SolveLease.Lease winner = here.find(event).orElseThrow();
                    int index = results.indexOf(Outcome.ACQUIRED);
                    assertEquals("racer-" + index, winner.holder());
                    holders.get(index).release(event, winner.token(), "{}");
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anUnknownEventHasNoLease() {
        assertEquals(Outcome.NO_EVENT, instance("a").acquire(987654, "t", "{}"));
    }

    @Test
    void theApplicationAnswersForAJobOfAnotherInstance() {
        long event = TestEvents.importFixture("small-event.json");
        SolveLease other = instance("other");
        assertEquals(Outcome.ACQUIRED, other.acquire(event, "o-1", "{}"));

        // Before its first save: the stored schedule's figures, solving.
        given().when().get("/api/events/{id}/solve", event).then().statusCode(200)
                .body("eventId", equalTo((int) event))
                .body("status", equalTo("SOLVING"))
                .body("scheduled", equalTo(1));
        given().when().post("/api/events/{id}/solve", event).then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("being solved already"));

        // As of its last save, with the time since it started by the database's clock.
        other.recordSave(event, "o-1", "{\"eventId\": " + event + ", \"status\": \"SOLVING\", \"score\":"
                + " \"0hard/0medium/-3soft\", \"feasible\": true, \"scheduled\": 3, \"secondsLimit\": 60}");
        given().when().get("/api/events/{id}/solve", event).then().statusCode(200)
                .body("status", equalTo("SOLVING"))
                .body("score", equalTo("0hard/0medium/-3soft"))
                .body("scheduled", equalTo(3))
                .body("secondsLimit", equalTo(60))
                .body("elapsedMillis", greaterThanOrEqualTo(0));

        // A stop here is asked of the holder, which sees it when it renews and releases the lease once saved.
        Thread holder = new Thread(() -> {
            await().atMost(Duration.ofSeconds(10)).until(() -> other.renew(event, "o-1") == Renewal.STOP_REQUESTED);
            other.release(event, "o-1", "{\"eventId\": " + event + ", \"status\": \"NOT_SOLVING\","
                    + " \"secondsLimit\": 60, \"elapsedMillis\": 1234}");
        });
        holder.start();
        given().when().delete("/api/events/{id}/solve", event).then().statusCode(200)
                .body("status", equalTo("NOT_SOLVING"))
                // The stored schedule, with what the other instance's job did.
                .body("scheduled", equalTo(1))
                .body("secondsLimit", equalTo(60))
                .body("elapsedMillis", equalTo(1234));
    }

    @Test
    void anEventWhoseSolverDiedCanBeSolvedHereOnceItsLeaseExpires() {
        String fixture = TestEvents.document("small-event.json");
        long event = TestEvents.importEvent(fixture);
        SolveLease dying = instance("dying");
        assertEquals(Outcome.ACQUIRED, dying.acquire(event, "d-1", "{\"eventId\": " + event
                + ", \"status\": \"SOLVING\", \"secondsLimit\": 600}"));
        given().when().post("/api/events/{id}/solve?seconds=1", event).then().statusCode(409);

        await().atMost(Duration.ofSeconds(10)).until(() -> !here.isHeld(event));
        given().when().get("/api/events/{id}/solve", event).then().statusCode(200)
                .body("status", equalTo("NOT_SOLVING"))
                .body("error", containsString("Instance dying stopped before its job ended"));

        given().when().post("/api/events/{id}/solve?seconds=1", event).then().statusCode(202);
        assertEquals(here.instanceId(), here.find(event).orElseThrow().holder());
        await().atMost(Duration.ofSeconds(30)).until(() -> "NOT_SOLVING".equals(
                given().when().get("/api/events/{id}/solve", event).then().extract().path("status")));
        given().when().get("/api/events/{id}/solve", event).then()
                .body("scheduled", equalTo(3))
                .body("secondsLimit", equalTo(1));
        assertFalse(here.isHeld(event), "released at the end of the job");
        StoredTimetable.assertValid(event, fixture);
    }

    private SolveLease instance(String name) {
        return new SolveLease(dataSource, json, name, EXPIRY);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

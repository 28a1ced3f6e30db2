package org.matchday.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchday.domain.Account;
import org.matchday.domain.Role;
import org.matchday.persistence.GroupCommit.Locks;
import org.matchday.persistence.GroupCommit.Outcome;
import org.matchday.problem.ConflictException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Group commit on the real database: items that queue while a batch is written go together in the next one, each
 * gets its own answer or refusal, and a batch that fails is rolled back and written again item by item, so that only
 * the faulty item fails and nothing of the failed batch stays stored.
 */
@QuarkusTest
class GroupCommitTest {

    private static final Locks NO_LOCKS = new Locks(List.of(), List.of());
    private static final String PREFIX = "group-commit-test-";

    private final ExecutorService clients = Executors.newFixedThreadPool(32);
    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicBoolean first = new AtomicBoolean(true);
    private GroupCommit<Integer, Integer> commits;

    @AfterEach
    void stop() throws InterruptedException {
        gate.countDown();
        if (commits != null) {
            commits.stop();
        }
        clients.shutdownNow();
        QuarkusTransaction.requiringNew().run(() -> Account.delete("username like ?1", PREFIX + "%"));
    }

    @Test
    void itemsQueuedWhileABatchIsWrittenShareTheNextTransactionAndKeepTheirOwnAnswers() throws Exception {
        // Multiples of 3 are refused: they write nothing, and the others in their batch are stored all the same.
        start(item -> item % 3 == 0 ? Outcome.refused(new ConflictException("refused " + item, List.of()))
                : Outcome.of(store(item)));
        Map<Integer, CompletableFuture<Integer>> answers = sendWhileTheFirstBatchWaits(30);

        for (int item = 0; item <= 30; item++) {
            if (item % 3 == 0) {
                int refused = item;
                Throwable failure = await().atMost(Duration.ofSeconds(30)).until(() -> failure(answers.get(refused)),
                        f -> f != null);
                assertInstanceOf(ConflictException.class, failure);
                assertEquals("refused " + refused, failure.getMessage());
            } else {
                assertEquals(item * 10, answers.get(item).get(30, TimeUnit.SECONDS));
            }
        }
        assertEquals(List.of(List.of(0)), batches.subList(0, 1), "the first item went alone, at once");
        assertEquals(2, batches.size(), "the 30 items that queued went together: " + batches);
        assertEquals(30, batches.get(1).size());
        assertEquals(stored(30, item -> item % 3 != 0), storedItems());
    }

    /**
     * Stopping ends every writer, however the stop signals fall between them: a writer that took another's signal
     * with its own left that one waiting, and every shutdown of the application 30 s long.
     */
    @Test
    void stoppingEndsEveryWriter() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            String name = PREFIX + "stop-" + round;
            GroupCommit<Integer, Integer> writers = new GroupCommit<>(name, 4, items -> NO_LOCKS,
                    (items, locked) -> List.of());
            writers.start();
            writers.stop();
            List<String> alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith(name + "-") && thread.isAlive())
                    .map(Thread::getName).toList();
            assertEquals(List.of(), alive, "round " + round);
        }
    }

    @Test
    void aFailedBatchIsRolledBackAndWrittenItemByItemSoThatOnlyTheFaultyItemFails() throws Exception {
        // Item 7 breaks whatever batch it is in, after the items before it were written.
        start(item -> {
            if (item == 7) {
                throw new IllegalStateException("item 7 is faulty");
            }
            return Outcome.of(store(item));
        });
        Map<Integer, CompletableFuture<Integer>> answers = sendWhileTheFirstBatchWaits(12);

        for (int item = 0; item <= 12; item++) {
            if (item == 7) {
                Throwable failure = await().atMost(Duration.ofSeconds(30)).until(() -> failure(answers.get(7)),
                        f -> f != null);
                assertInstanceOf(IllegalStateException.class, failure);
            } else {
                assertEquals(item * 10, answers.get(item).get(30, TimeUnit.SECONDS));
            }
        }
        // The failed batch of 12, then each of its items alone.
        assertEquals(2 + 12, batches.size(), batches.toString());
        assertEquals(12, batches.get(1).size());
        assertTrue(batches.subList(2, batches.size()).stream().allMatch(batch -> batch.size() == 1));
        // Items 1-6 were written in the failed batch before item 7 broke it: stored once each, from the retries.
        assertEquals(stored(12, item -> item != 7), storedItems());
    }

    /** A writer applying {@code each} to every item in order, recording the batches. */
    private void start(Function<Integer, Outcome<Integer>> each) {
        commits = new GroupCommit<>("group-commit-test", 1, items -> NO_LOCKS, (items, locked) -> {
            batches.add(List.copyOf(items));
            if (first.getAndSet(false)) {
                awaitGate();
            }
            List<Outcome<Integer>> outcomes = new ArrayList<>();
            items.forEach(item -> outcomes.add(each.apply(item)));
            return outcomes;
        });
        commits.start();
    }

    /** Item 0 is written first and held; items 1..n are sent meanwhile; then the writer goes on. */
    private Map<Integer, CompletableFuture<Integer>> sendWhileTheFirstBatchWaits(int n) {
        Map<Integer, CompletableFuture<Integer>> answers = new ConcurrentHashMap<>();
        answers.put(0, CompletableFuture.supplyAsync(() -> commits.run(0), clients));
        await().atMost(Duration.ofSeconds(30)).until(() -> batches.size() == 1);
        for (int item = 1; item <= n; item++) {
            int sent = item;
            answers.put(sent, CompletableFuture.supplyAsync(() -> commits.run(sent), clients));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> commits.waiting() == n);
        gate.countDown();
        return answers;
    }

    private void awaitGate() {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A real row per item, written in the batch's transaction. */
    private static int store(int item) {
        Account account = new Account();
        account.username = PREFIX + item;
        account.passwordHash = "not a hash";
        account.role = Role.STAFF;
        account.createdAt = Instant.now();
        account.persist();
        Account.flush();
        return item * 10;
    }

    private static List<String> stored(int n, IntPredicate kept) {
        return IntStream.rangeClosed(0, n).filter(kept).mapToObj(item -> PREFIX + item).sorted().toList();
    }

    private static List<String> storedItems() {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>list("username like ?1", PREFIX + "%")
                .stream().map(account -> account.username).sorted().toList());
    }

    private static Throwable failure(CompletableFuture<Integer> answer) {
        if (!answer.isDone()) {
            return null;
        }
        try {
            answer.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }
}

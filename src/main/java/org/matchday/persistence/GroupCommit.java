package org.matchday.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.matchday.domain.Event;
import org.matchday.domain.Participant;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Many small writes of one kind in one transaction, each answered after that transaction committed. A commit is
 * what a small write waits for (H2 writes its file, PostgreSQL flushes its log), and checking writes one by one costs
 * a few queries each; so when wishes arrive by the hundred a second, the ones that queued up while the last batch ran
 * are checked together with a few queries and committed at once. Nothing waits for a batch to fill: a lone write goes
 * at once, and batches grow only while the writers are busy.
 *
 * <p>A batch looks up the rows its items need locked and locks them at once, events before
 * participants and each by id, the order every transaction takes them in, so that batches written side by side wait
 * for each other instead of deadlocking. The batch's writer answers every item with a result or a refusal, and must
 * write nothing for a refused one. If the writer throws, or the commit fails, the batch is rolled back and every item
 * is written again alone in its own transaction, so that one item's fault is not another's.
 *
 * @param <I> what is to be written
 * @param <O> the answer to one item
 */
public final class GroupCommit<I, O> {

    /** The most items in one transaction: enough for every connection a server has at once. */
    static final int MAX_BATCH = 256;

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    /** The rows an item's checks rely on; they stay locked until the batch commits. */
    public record Locks(Collection<Long> events, Collection<Long> participants) {
    }

    /** One item's answer: its result, or why it was refused. */
    public record Outcome<O>(O result, RuntimeException refusal) {

        public static <O> Outcome<O> of(O result) {
            return new Outcome<>(result, null);
        }

        public static <O> Outcome<O> refused(RuntimeException refusal) {
            return new Outcome<>(null, refusal);
        }
    }

    /** Checks and writes a batch inside its transaction, with its locks held; one outcome per item, in order. */
    @FunctionalInterface
    public interface Writer<I, O> {
        List<Outcome<O>> write(List<I> items, Locks locked);
    }

    private record Pending<I, O>(I item, CompletableFuture<O> answer) {
    }

    private final String name;
    private final int writerCount;
    private final Function<List<I>, Locks> locks;
    private final Writer<I, O> writer;
    private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final Pending<I, O> stop = new Pending<>(null, null);
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private volatile boolean open;

    /**
     * @param writers batches written at once: one writer gets one thread's share of the processors, however many
     *                requests wait for it, while each other request has a thread of its own
     * @param locks   the rows a batch needs locked, looked up inside its transaction just before they are locked
     */
    public GroupCommit(String name, int writers, Function<List<I>, Locks> locks, Writer<I, O> writer) {
        this.name = name;
        this.writerCount = writers;
        this.locks = locks;
        this.writer = writer;
    }

    public synchronized void start() {
        for (int w = 0; w < writerCount; w++) {
            Thread thread = new Thread(this::writeLoop, name + "-" + w);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        open = true;
    }

    /** Writes what is queued, then stops; requests still being served get their answers. */
    public synchronized void stop() throws InterruptedException {
        open = false;
        threads.forEach(thread -> queue.add(stop));
        for (Thread thread : threads) {
            thread.join(30_000);
            if (thread.isAlive()) {
                LOG.warnf("Writer %s did not stop within 30 s", thread.getName());
            }
        }
        threads.clear();
    }

    /** Writes {@code item} in the next batch and answers its result, or throws its refusal or failure. */
    public O run(I item) {
        if (!open) {
            // Before start-up finished or after shutdown began: written alone on the caller's thread.
            return answer(QuarkusTransaction.requiringNew().call(() -> writeLocked(List.of(item))).get(0));
        }
        CompletableFuture<O> answer = new CompletableFuture<>();
        queue.add(new Pending<>(item, answer));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Items waiting for a writer. */
    int waiting() {
        return queue.size();
    }

    /** Batches committed since the start, each item written alone after a failure counting as one. */
    public long batches() {
        return batches.get();
    }

    /** Items answered from committed batches since the start: with {@link #batches()}, the mean batch size. */
    public long items() {
        return items.get();
    }

    /** Batches that failed and were written again item by item: a lock conflict or a fault, not a refusal. */
    public long retried() {
        return retried.get();
    }

    private void writeLoop() {
        List<Pending<I, O>> batch = new ArrayList<>();
        while (true) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            int stops = (int) batch.stream().filter(pending -> pending == stop).count();
            batch.removeIf(pending -> pending == stop);
            if (!batch.isEmpty()) {
                writeSafely(batch);
            }
            if (stops > 0) {
                // This one writes what is left, alone, and ends. The other writers' stop signals go back for them
                // only after the rest is drained: drained with it, they would leave a writer waiting for ever.
                List<Pending<I, O>> rest = new ArrayList<>();
                queue.drainTo(rest);
                stops += (int) rest.stream().filter(pending -> pending == stop).count();
                rest.stream().filter(pending -> pending != stop).forEach(pending -> writeSafely(List.of(pending)));
                for (int s = 1; s < stops; s++) {
                    queue.add(stop);
                }
                return;
            }
        }
    }

    private void writeSafely(List<Pending<I, O>> batch) {
        try {
            write(batch);
        } catch (Throwable unexpected) {
            LOG.error("Group commit failed unexpectedly", unexpected);
            batch.forEach(pending -> pending.answer().completeExceptionally(unexpected));
        }
    }

    private void write(List<Pending<I, O>> batch) {
        List<Outcome<O>> outcomes;
        try {
            List<I> items = batch.stream().map(Pending::item).toList();
            outcomes = QuarkusTransaction.requiringNew().call(() -> writeLocked(items));
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.get(0).answer().completeExceptionally(failure);
            } else {
                retried.incrementAndGet();
                LOG.debugf(failure, "A batch of %d writes failed; writing each alone", batch.size());
                batch.forEach(pending -> write(List.of(pending)));
            }
            return;
        }
        batches.incrementAndGet();
        items.addAndGet(batch.size());
        for (int k = 0; k < batch.size(); k++) {
            Outcome<O> outcome = outcomes.get(k);
            if (outcome.refusal() == null) {
                batch.get(k).answer().complete(outcome.result());
            } else {
                batch.get(k).answer().completeExceptionally(outcome.refusal());
            }
        }
    }

    private List<Outcome<O>> writeLocked(List<I> items) {
        Locks locked = locks.apply(items);
        lock(locked);
        List<Outcome<O>> outcomes = writer.write(items, locked);
        if (outcomes.size() != items.size()) {
            throw new IllegalStateException(outcomes.size() + " outcomes for " + items.size() + " items");
        }
        return outcomes;
    }

    private static <O> O answer(Outcome<O> outcome) {
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.result();
    }

    /** Locks the rows in the one order every transaction takes: events, then participants, each by id. */
    private static void lock(Locks locks) {
        TreeSet<Long> events = new TreeSet<>(locks.events());
        TreeSet<Long> participants = new TreeSet<>(locks.participants());
        // Through Hibernate's lock mode, which PostgreSQL gets as FOR NO KEY UPDATE: a plain FOR UPDATE would also
        // block the key-share locks that inserting a wish takes on its event, and batches would deadlock on them.
        EntityManager em = Panache.getEntityManager();
        if (!events.isEmpty()) {
            em.createQuery("select e from Event e where e.id in ?1 order by e.id", Event.class)
                    .setParameter(1, events).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }
        if (!participants.isEmpty()) {
            em.createQuery("select p from Participant p where p.id in ?1 order by p.id", Participant.class)
                    .setParameter(1, participants).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }
    }
}

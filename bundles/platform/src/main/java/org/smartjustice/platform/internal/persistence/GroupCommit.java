package org.smartjustice.platform.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Group commit: writes that arrive while another commit is under way share the next one. A caller
 * waits until the transaction holding its item has committed (or failed) and gets its own answer, so
 * nothing is acknowledged before it is stored; under no load an item commits alone and at once, with
 * no timer in between. One batch is written at a time: the thread that finds no batch in flight
 * writes everything queued (at most {@code maxBatch}) on behalf of the others.
 *
 * <p>When a batch fails, its items are written again one by one, so that one bad item fails alone.
 *
 * @param <T> what is written
 * @param <R> what each caller is answered
 */
public final class GroupCommit<T, R> {

    /** Writes a batch in one transaction; answers one result per item, in order. */
    @FunctionalInterface
    public interface Writer<T, R> {
        List<R> writeAll(List<T> items);
    }

    private static final class Pending<T, R> {
        final T item;
        boolean done;
        R result;
        RuntimeException failure;

        Pending(T item) {
            this.item = item;
        }
    }

    private final Writer<T, R> writer;
    private final int maxBatch;
    private final List<Pending<T, R>> queue = new ArrayList<>();
    private boolean writing;

    public GroupCommit(Writer<T, R> writer, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch < 1");
        }
        this.writer = writer;
        this.maxBatch = maxBatch;
    }

    /** A group commit of single writes that answer nothing. */
    public static <T> GroupCommit<T, Void> of(java.util.function.Consumer<List<T>> writeAll, int maxBatch) {
        return new GroupCommit<>(items -> {
            writeAll.accept(items);
            return java.util.Collections.nCopies(items.size(), null);
        }, maxBatch);
    }

    /**
     * Writes the item in the next commit and waits for it.
     *
     * @return the item's result
     * @throws RuntimeException what writing the item alone threw
     */
    public R commit(T item) {
        Pending<T, R> mine = new Pending<>(item);
        List<Pending<T, R>> batch;
        synchronized (this) {
            queue.add(mine);
            while (!mine.done && writing) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    // The item may still be written by the batch in flight: wait for its outcome all the same.
                    Thread.currentThread().interrupt();
                }
            }
            if (mine.done) {
                return answer(mine);
            }
            writing = true;
            // The writer's own item first, then the oldest waiting.
            queue.remove(mine);
            batch = new ArrayList<>();
            batch.add(mine);
            int n = Math.min(queue.size(), maxBatch - 1);
            batch.addAll(queue.subList(0, n));
            queue.subList(0, n).clear();
        }
        try {
            write(batch);
        } finally {
            synchronized (this) {
                writing = false;
                notifyAll();
            }
        }
        return answer(mine);
    }

    private void write(List<Pending<T, R>> batch) {
        try {
            List<R> results = writer.writeAll(batch.stream().map(p -> p.item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result = results.get(i);
            }
        } catch (RuntimeException | Error failed) {
            if (batch.size() == 1) {
                batch.get(0).failure = failed instanceof RuntimeException r ? r : new IllegalStateException(failed);
            } else {
                for (Pending<T, R> p : batch) {
                    try {
                        p.result = writer.writeAll(List.of(p.item)).get(0);
                    } catch (RuntimeException alone) {
                        p.failure = alone;
                    } catch (Error alone) {
                        p.failure = new IllegalStateException(alone);
                    }
                }
            }
        } finally {
            synchronized (this) {
                batch.forEach(p -> p.done = true);
            }
        }
    }

    private R answer(Pending<T, R> p) {
        if (p.failure != null) {
            throw p.failure;
        }
        return p.result;
    }
}

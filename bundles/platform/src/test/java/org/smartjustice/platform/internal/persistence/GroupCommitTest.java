package org.smartjustice.platform.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void concurrentItemsShareCommitsAndEachIsWrittenOnceAndAnsweredItsOwn() throws Exception {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, String> commits = new GroupCommit<>(items -> {
            sleep(2);
            written.addAll(items);
            batches.add(items.size());
            return items.stream().map(i -> "ok " + i).toList();
        }, 50);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int n = i;
            answers.add(pool.submit(() -> commits.commit(n)));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertEquals("ok " + i, answers.get(i).get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(2000, written.size());
        assertEquals(2000, written.stream().distinct().count());
        assertTrue(batches.size() < 1000, "2,000 items in " + batches.size() + " commits");
        assertTrue(batches.stream().allMatch(b -> b <= 50), batches.toString());
    }

    @Test
    void aFailingItemFailsAloneAndTheOthersOfItsBatchAreWritten() throws Exception {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Void> commits = GroupCommit.of(items -> {
            sleep(5);
            if (items.contains(13)) {
                throw new IllegalStateException("13 refused");
            }
            written.addAll(items);
        }, 100);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            answers.add(pool.submit(() -> commits.commit(n)));
        }
        for (int i = 0; i < answers.size(); i++) {
            Future<?> f = answers.get(i);
            if (i == 13) {
                java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class, f::get);
                assertEquals("13 refused", e.getCause().getMessage());
            } else {
                f.get(10, TimeUnit.SECONDS);
            }
        }
        pool.shutdown();
        assertEquals(39, written.size());
        assertEquals(39, written.stream().distinct().count());
    }

    @Test
    void aLoneItemCommitsAtOnce() {
        GroupCommit<String, Integer> commits = new GroupCommit<>(items -> items.stream().map(String::length).toList(), 10);
        assertEquals(5, commits.commit("hello"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
